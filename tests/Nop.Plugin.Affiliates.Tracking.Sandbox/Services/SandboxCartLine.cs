using Nop.Core.Domain.Catalog;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// A product and quantity to buy; <see cref="CartItemId"/> is set when the line comes from the customer's cart.
/// </summary>
public sealed record SandboxCartLine(Product Product, int Quantity, int? CartItemId = null)
{
    public decimal LineTotal => Product.Price * Quantity;
}
