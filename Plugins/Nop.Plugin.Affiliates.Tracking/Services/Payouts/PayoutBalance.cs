namespace Nop.Plugin.Affiliates.Tracking.Services.Payouts;

/// <summary>
/// What the store owes one affiliate now (approved, not yet paid out, plus carried negative adjustments), and whether
/// it reaches the minimum so the next batch pays it.
/// </summary>
public sealed record PayoutBalance(int AffiliateId, decimal Amount, bool Payable);
