namespace Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

/// <summary>
/// The sandbox API's order JSON (PascalCase, like nopCommerce's JSON settings).
/// </summary>
public sealed class SandboxOrderJson
{
    public int Id { get; set; }
    public string CustomOrderNumber { get; set; }
    public int CustomerId { get; set; }
    public int AffiliateId { get; set; }
    public string OrderStatus { get; set; }
    public string PaymentStatus { get; set; }
    public string ShippingStatus { get; set; }
    public decimal OrderSubtotal { get; set; }
    public decimal OrderSubTotalDiscount { get; set; }
    public decimal OrderDiscount { get; set; }
    public decimal OrderTotal { get; set; }
    public decimal RefundedAmount { get; set; }
    public DateTime? PaidDateUtc { get; set; }
    public bool Deleted { get; set; }
    public List<SandboxOrderItemJson> Items { get; set; } = [];
    public List<SandboxDiscountUsageJson> DiscountUsageHistory { get; set; } = [];
}
