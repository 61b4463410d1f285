using Nop.Core.Domain.Discounts;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Cart totals in the primary currency, without tax and shipping (the sandbox charges neither).
/// </summary>
public sealed record SandboxOrderTotals(
    decimal SubTotal,
    decimal SubTotalDiscount,
    IReadOnlyList<Discount> SubTotalDiscounts,
    decimal OrderTotalDiscount,
    IReadOnlyList<Discount> OrderTotalDiscounts,
    decimal Total)
{
    public IEnumerable<Discount> AppliedDiscounts => SubTotalDiscounts.Concat(OrderTotalDiscounts);
}
