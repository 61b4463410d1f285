namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// The commissionable amount (subtotal after discounts, excluding tax and shipping) and the commission on it.
/// </summary>
public sealed record CommissionCalculation(decimal BaseAmount, decimal Amount)
{
    public static CommissionCalculation None { get; } = new(0m, 0m);
}
