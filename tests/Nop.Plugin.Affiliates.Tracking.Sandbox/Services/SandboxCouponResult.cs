namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <param name="Applied">Whether the code is now applied to the customer.</param>
/// <param name="Message">Localized message for the shopper (or the API caller).</param>
public sealed record SandboxCouponResult(bool Applied, string Message);
