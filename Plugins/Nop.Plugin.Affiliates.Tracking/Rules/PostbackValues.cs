namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// What a postback can tell the receiver about one change of a commission.
/// </summary>
public sealed record PostbackValues(
    int CommissionId,
    int OrderId,
    int AffiliateId,
    string Status,
    decimal OrderTotal,
    decimal Commission,
    string CurrencyCode,
    string CouponCode,
    int ClickId,
    string EventId,
    DateTime OccurredOnUtc);
