namespace Nop.Plugin.Affiliates.Tracking.Rules;

public enum CommissionType
{
    /// <summary>
    /// A percentage of the order subtotal after discounts, excluding tax and shipping.
    /// </summary>
    PercentageOfSubtotal = 0,

    FixedAmountPerOrder = 10
}
