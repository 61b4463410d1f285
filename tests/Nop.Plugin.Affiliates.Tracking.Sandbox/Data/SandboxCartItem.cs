using Nop.Core;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Data;

/// <summary>
/// A line of a customer's cart. Sandbox-only: stands in for nopCommerce's ShoppingCartItem, which the surface does not declare.
/// </summary>
public class SandboxCartItem : BaseEntity
{
    public int CustomerId { get; set; }

    public int ProductId { get; set; }

    public int Quantity { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime UpdatedOnUtc { get; set; }
}
