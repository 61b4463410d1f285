namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Models.Api;

public sealed class SandboxOrderApiItem
{
    public int ProductId { get; set; }

    public int Quantity { get; set; } = 1;
}
