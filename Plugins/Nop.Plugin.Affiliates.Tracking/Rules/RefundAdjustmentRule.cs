namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// A refund reduces a commission in proportion to the share of the order total refunded. It works from the order's
/// cumulative refunded amount, so the result does not depend on how many refunds there were or in which order their
/// events arrived.
/// </summary>
public static class RefundAdjustmentRule
{
    public static decimal AmountAfterRefunds(decimal originalAmount, decimal orderTotal, decimal refundedAmount)
    {
        if (originalAmount <= 0m)
            return 0m;
        if (refundedAmount <= 0m || orderTotal <= 0m)
            return CommissionCalculator.Round(originalAmount);
        if (IsFullRefund(orderTotal, refundedAmount))
            return 0m;

        return CommissionCalculator.Round(originalAmount * (orderTotal - refundedAmount) / orderTotal);
    }

    /// <summary>
    /// Whether refunds reached the order total (a zero-total order is never "refunded" by this rule).
    /// </summary>
    public static bool IsFullRefund(decimal orderTotal, decimal refundedAmount) => orderTotal > 0m && refundedAmount >= orderTotal;
}
