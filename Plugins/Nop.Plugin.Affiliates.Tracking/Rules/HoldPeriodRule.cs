namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// A pending commission is approved once its order has been paid for the hold period and it still earns something.
/// Partial refunds inside the hold period only reduce it; a full refund, void, cancellation or deletion reverses it.
/// </summary>
public static class HoldPeriodRule
{
    public static bool IsDue(CommissionLedgerState state, int holdPeriodDays, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(state);

        return state.Stage == CommissionStage.Pending
            && state.Amount > 0m
            && state.OrderPaidOnUtc is { } paidOn
            && nowUtc >= DueOnUtc(paidOn, holdPeriodDays);
    }

    /// <summary>
    /// A stored hold period outside the allowed range counts as the longest allowed, never as none.
    /// </summary>
    public static DateTime DueOnUtc(DateTime paidOnUtc, int holdPeriodDays) =>
        paidOnUtc.AddDays(CommissionSettingsRules.IsValidHoldPeriod(holdPeriodDays) ? holdPeriodDays : CommissionSettingsRules.MaxHoldPeriodDays);
}
