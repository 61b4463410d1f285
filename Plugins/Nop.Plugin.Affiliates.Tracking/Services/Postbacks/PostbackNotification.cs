namespace Nop.Plugin.Affiliates.Tracking.Services.Postbacks;

/// <summary>
/// A change in a commission that affiliate networks hear about: a conversion, or a later status change of it.
/// Amounts are in the store's primary currency.
/// </summary>
public sealed record PostbackNotification(
    int CommissionId,
    int OrderId,
    int AffiliateId,
    string Status,
    decimal OrderTotal,
    decimal Commission,
    string CurrencyCode,
    string CouponCode,
    int ClickId,
    DateTime OccurredOnUtc);
