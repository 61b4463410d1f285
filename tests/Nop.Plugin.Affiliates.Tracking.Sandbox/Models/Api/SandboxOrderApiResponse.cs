namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Models.Api;

public sealed record SandboxOrderApiResponse(
    int Id,
    Guid OrderGuid,
    string CustomOrderNumber,
    int CustomerId,
    int AffiliateId,
    string OrderStatus,
    string PaymentStatus,
    string ShippingStatus,
    decimal OrderSubtotal,
    decimal OrderSubTotalDiscount,
    decimal OrderDiscount,
    decimal OrderTotal,
    decimal RefundedAmount,
    string CurrencyCode,
    DateTime CreatedOnUtc,
    DateTime? PaidDateUtc,
    bool Deleted,
    IReadOnlyList<SandboxOrderItemApiResponse> Items,
    IReadOnlyList<SandboxDiscountUsageApiResponse> DiscountUsageHistory);
