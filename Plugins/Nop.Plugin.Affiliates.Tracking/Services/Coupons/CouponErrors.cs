using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Services.Coupons;

public static class CouponErrors
{
    public const string ResourcePrefix = AffiliateTrackingDefaults.LocalePrefix + "Coupons.Errors.";

    public static string ResourceKey(CouponError error) => error == CouponError.None ? null : ResourcePrefix + error;

    /// <summary>
    /// The service error for a code rule's error; the names are the same.
    /// </summary>
    public static CouponError FromCodeError(CouponCodeError error) => Enum.Parse<CouponError>(error.ToString());
}
