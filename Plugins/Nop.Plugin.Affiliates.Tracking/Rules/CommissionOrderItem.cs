namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// One order line as the commission sees it: its price after item discounts, excluding tax, and its categories.
/// </summary>
public sealed record CommissionOrderItem(decimal PriceExclTax, int Quantity, IReadOnlyList<int> CategoryIds);
