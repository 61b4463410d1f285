namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// A commission's state as its ledger entries make it.
/// </summary>
public sealed record CommissionLedgerState
{
    public CommissionStage Stage { get; init; }

    /// <summary>
    /// The commission now: the original amount reduced pro rata by refunds, 0 when reversed.
    /// </summary>
    public decimal Amount { get; init; }

    /// <summary>
    /// The order's cumulative refunded amount the ledger has seen.
    /// </summary>
    public decimal RefundedAmount { get; init; }

    /// <summary>
    /// What payouts have included so far (net of carried negative adjustments).
    /// </summary>
    public decimal PaidOutAmount { get; init; }

    /// <summary>
    /// What the next payout owes (positive) or recovers (negative): Amount − PaidOutAmount once approved or paid out.
    /// </summary>
    public decimal Outstanding { get; init; }

    public DateTime? OrderPaidOnUtc { get; init; }

    public DateTime? ApprovedOnUtc { get; init; }

    public DateTime? ReversedOnUtc { get; init; }

    public int LastPayoutId { get; init; }

    public int ReversalCount { get; init; }

    public int ReinstatementCount { get; init; }

    public int PayoutCount { get; init; }

    public bool IsReversed => Stage == CommissionStage.Reversed;
}
