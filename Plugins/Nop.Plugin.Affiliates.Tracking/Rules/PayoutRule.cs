namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// An affiliate's balance (approved commissions not yet paid out, plus carried negative adjustments) goes into a
/// payout when it is positive and at least the minimum. A negative balance waits for later commissions to cover it.
/// </summary>
public static class PayoutRule
{
    public static bool IsPayable(decimal balance, decimal minimumPayoutAmount) =>
        balance > 0m && balance >= Math.Max(0m, minimumPayoutAmount);

    public static string BatchReference(DateTime createdOnUtc, int payoutId) =>
        FormattableString.Invariant($"AFF-{createdOnUtc:yyyyMMdd}-{payoutId}");

    public static string LineReference(string batchReference, int affiliateId) =>
        FormattableString.Invariant($"{batchReference}-{affiliateId}");
}
