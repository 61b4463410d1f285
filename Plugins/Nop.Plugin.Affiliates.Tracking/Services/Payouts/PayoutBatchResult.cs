using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Services.Payouts;

/// <summary>
/// A created payout batch and its lines; Payout is null when no affiliate had a payable balance.
/// </summary>
public sealed record PayoutBatchResult(AffiliatePayout Payout, IReadOnlyList<AffiliatePayoutLine> Lines)
{
    public static PayoutBatchResult Empty { get; } = new(null, []);
}
