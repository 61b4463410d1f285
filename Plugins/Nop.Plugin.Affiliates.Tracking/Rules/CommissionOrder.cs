namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// What a commission is computed from, in the store's primary currency: the subtotal excluding tax (items after their
/// own discounts), the discounts on the subtotal and on the order, and the items.
/// </summary>
public sealed record CommissionOrder(decimal SubtotalExclTax, decimal Discount, IReadOnlyList<CommissionOrderItem> Items);
