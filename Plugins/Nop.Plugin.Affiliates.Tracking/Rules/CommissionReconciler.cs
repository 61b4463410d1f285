namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Compares a commission's ledger with its order and lists the entries that bring the ledger in line: the order was
/// paid, refunded (to a new cumulative amount), cancelled/voided/deleted/fully refunded, or is valid again. Every
/// order event and the reconciliation task use this one decision, so no path treats an order differently.
/// </summary>
public static class CommissionReconciler
{
    public static IReadOnlyList<LedgerEntry> Plan(CommissionLedgerState state, OrderFacts order, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(order);

        var entries = new List<LedgerEntry>();

        if (order.IsPaid && state.OrderPaidOnUtc is null)
            entries.Add(new LedgerEntry(LedgerEntryKind.OrderPaid, LedgerKeys.OrderPaid, order.PaidOnUtc ?? nowUtc));

        // A refunded amount beyond the total is bad data; the total is all a refund can take.
        var refunded = order.OrderTotal > 0m ? Math.Min(order.RefundedAmount, order.OrderTotal) : order.RefundedAmount;
        if (refunded > state.RefundedAmount)
            entries.Add(new LedgerEntry(LedgerEntryKind.Refund, LedgerKeys.Refund(refunded), nowUtc, refunded));

        var reason = order.ReversalReason;
        if (reason is not null && !state.IsReversed)
            entries.Add(new LedgerEntry(LedgerEntryKind.Reversal, LedgerKeys.Reversal(state.ReversalCount + 1), nowUtc, Note: reason));
        else if (reason is null && state.IsReversed)
            entries.Add(new LedgerEntry(LedgerEntryKind.Reinstatement, LedgerKeys.Reinstatement(state.ReinstatementCount + 1), nowUtc));

        return entries;
    }
}
