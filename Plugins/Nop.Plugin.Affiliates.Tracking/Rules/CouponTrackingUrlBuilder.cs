namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// The share link of a coupon: the store URL with nopCommerce's discount-coupon parameter, which applies the code to
/// the shopper's cart, and the plugin's referral parameter, which starts the attribution window.
/// </summary>
public static class CouponTrackingUrlBuilder
{
    /// <summary>nopCommerce's NopDiscountDefaults.DiscountCouponQueryParameter.</summary>
    public const string DiscountCouponParameter = "discountcoupon";

    /// <param name="storeUrl">The store's URL, with or without a trailing slash or query.</param>
    /// <param name="couponCode">The coupon code.</param>
    /// <param name="referralParameter">The plugin's referral parameter name (settings).</param>
    /// <param name="affiliateCode">The affiliate's friendly URL name, or its id when it has none.</param>
    public static string Build(string storeUrl, string couponCode, string referralParameter, string affiliateCode)
    {
        var baseUrl = string.IsNullOrWhiteSpace(storeUrl) ? "/" : storeUrl.Trim();
        var separator = baseUrl.Contains('?') ? '&' : '?';

        return $"{baseUrl}{separator}{DiscountCouponParameter}={Uri.EscapeDataString(couponCode ?? string.Empty)}"
            + $"&{Uri.EscapeDataString(referralParameter)}={Uri.EscapeDataString(affiliateCode ?? string.Empty)}";
    }
}
