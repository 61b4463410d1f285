namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// A commission rate: a percentage (0–100) of the commissionable amount, or a fixed amount in the store's primary
/// currency (per order for the program and affiliate rates, per unit for a category rate).
/// </summary>
public sealed record CommissionRate(CommissionType Type, decimal Value)
{
    public static CommissionRate Percentage(decimal percentage) => new(CommissionType.PercentageOfSubtotal, percentage);

    public static CommissionRate Fixed(decimal amount) => new(CommissionType.FixedAmountPerOrder, amount);

    /// <summary>
    /// Whether the rate is inside the ranges the settings allow; anything else is treated as no commission.
    /// </summary>
    public bool IsValid => Type == CommissionType.PercentageOfSubtotal
        ? CommissionSettingsRules.IsValidPercentage(Value)
        : Type == CommissionType.FixedAmountPerOrder && CommissionSettingsRules.IsValidAmount(Value);
}
