namespace Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

public sealed class SandboxDiscountUsageJson
{
    public int DiscountId { get; set; }
    public string DiscountName { get; set; }
    public string CouponCode { get; set; }
}
