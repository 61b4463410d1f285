namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Models.Api;

public sealed record SandboxDiscountUsageApiResponse(int Id, int DiscountId, string DiscountName, string CouponCode, DateTime CreatedOnUtc);
