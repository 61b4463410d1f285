namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// What the ledger accepts from order events. Anything else is a bug or tampering upstream: it is logged and ignored,
/// and the reconciliation task later follows what the order really is.
/// </summary>
public static class LedgerInputRules
{
    /// <summary>
    /// Far above any real order, far below decimal(18,4)'s limit.
    /// </summary>
    public const decimal MaxOrderAmount = 1_000_000_000m;

    public static bool IsPlausibleOrderAmount(decimal amount) => amount is >= 0m and <= MaxOrderAmount;

    /// <summary>
    /// A refund event's amount: positive, no more than the order total, and no more than the order's cumulative
    /// refunded amount (nopCommerce adds it to RefundedAmount before publishing the event).
    /// </summary>
    public static bool IsValidRefund(decimal amount, decimal orderTotal, decimal cumulativeRefundedAmount) =>
        amount > 0m && IsPlausibleOrderAmount(orderTotal) && amount <= orderTotal && amount <= cumulativeRefundedAmount;
}
