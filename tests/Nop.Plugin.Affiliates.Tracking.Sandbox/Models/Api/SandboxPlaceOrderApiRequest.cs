namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Models.Api;

public sealed class SandboxPlaceOrderApiRequest
{
    /// <summary>
    /// Order as this customer; when empty, as the caller's current customer (sign-in cookie or .Nop.Customer guest cookie).
    /// </summary>
    public int? CustomerId { get; set; }

    public List<SandboxOrderApiItem> Items { get; set; } = [];

    /// <summary>
    /// Applied to the customer first, like the cart's coupon box; an invalid code fails the request with 400.
    /// </summary>
    public List<string> CouponCodes { get; set; } = [];

    /// <summary>
    /// Pending (default), Authorized or Paid: what the sandbox payment method answers at placement.
    /// </summary>
    public string PaymentStatus { get; set; }
}
