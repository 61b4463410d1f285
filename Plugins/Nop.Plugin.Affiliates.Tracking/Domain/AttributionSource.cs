namespace Nop.Plugin.Affiliates.Tracking.Domain;

/// <summary>
/// What credited an order to its affiliate, in order of precedence.
/// </summary>
public enum AttributionSource
{
    Coupon = 10,
    Link = 20,
    Lifetime = 30
}
