namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Folds a commission's ledger entries into its state. The fold does not depend on the order of the entries except
/// for dates, so two web-farm nodes that each add an entry end up with the same state whichever writes last.
/// </summary>
public static class CommissionLedger
{
    public static CommissionLedgerState Fold(decimal originalAmount, decimal orderTotal, IEnumerable<LedgerEntry> entries)
    {
        var list = (entries ?? []).Where(entry => entry is not null).ToList();

        var refunded = list.Where(e => e.Kind == LedgerEntryKind.Refund).Select(e => e.Amount).DefaultIfEmpty(0m).Max();
        var reversals = list.Where(e => e.Kind == LedgerEntryKind.Reversal).ToList();
        var reinstatements = list.Count(e => e.Kind == LedgerEntryKind.Reinstatement);
        var reversed = reversals.Count > reinstatements;
        var payouts = list.Where(e => e.Kind == LedgerEntryKind.Payout).ToList();
        var paidOut = payouts.Sum(e => e.Amount);
        var approval = list.Where(e => e.Kind == LedgerEntryKind.Approval).MinBy(e => e.OccurredOnUtc);
        var payoutPaid = list.Any(e => e.Kind == LedgerEntryKind.PayoutPaid);

        var amount = reversed ? 0m : RefundAdjustmentRule.AmountAfterRefunds(originalAmount, orderTotal, refunded);
        var stage = reversed ? CommissionStage.Reversed
            : payoutPaid ? CommissionStage.Paid
            : approval is not null ? CommissionStage.Approved
            : CommissionStage.Pending;

        // A pending commission owes nothing yet; once approved or paid out, the difference is settled by payouts.
        var outstanding = approval is not null || payouts.Count > 0 ? amount - paidOut : 0m;

        return new CommissionLedgerState
        {
            Stage = stage,
            Amount = amount,
            RefundedAmount = refunded,
            PaidOutAmount = paidOut,
            Outstanding = outstanding,
            OrderPaidOnUtc = list.Where(e => e.Kind == LedgerEntryKind.OrderPaid).Select(e => (DateTime?)e.OccurredOnUtc).Min(),
            ApprovedOnUtc = approval?.OccurredOnUtc,
            ReversedOnUtc = reversed ? reversals.Max(e => e.OccurredOnUtc) : null,
            LastPayoutId = payouts.OrderBy(e => e.OccurredOnUtc).Select(e => e.PayoutId).LastOrDefault(),
            ReversalCount = reversals.Count,
            ReinstatementCount = reinstatements,
            PayoutCount = payouts.Count
        };
    }
}
