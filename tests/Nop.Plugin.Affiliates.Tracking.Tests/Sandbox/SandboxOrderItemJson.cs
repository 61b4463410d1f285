namespace Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

public sealed class SandboxOrderItemJson
{
    public int ProductId { get; set; }
    public string ProductName { get; set; }
    public int Quantity { get; set; }
    public decimal UnitPrice { get; set; }
    public decimal Price { get; set; }
}
