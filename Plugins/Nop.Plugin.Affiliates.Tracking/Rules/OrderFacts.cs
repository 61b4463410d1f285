namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// What the ledger needs to know about an order as it is now.
/// </summary>
public sealed record OrderFacts(
    decimal OrderTotal,
    decimal RefundedAmount,
    bool IsPaid,
    DateTime? PaidOnUtc,
    bool IsCancelled,
    bool IsVoided,
    bool IsPaymentRefunded,
    bool IsDeleted)
{
    /// <summary>
    /// Why the order no longer earns a commission, or null when it does.
    /// </summary>
    public string ReversalReason =>
        IsDeleted ? "delete"
        : IsCancelled ? "cancel"
        : IsVoided ? "void"
        : IsPaymentRefunded || RefundAdjustmentRule.IsFullRefund(OrderTotal, RefundedAmount) ? "refund"
        : null;
}
