using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Services.Coupons;

public sealed record CouponResult(AffiliateCoupon Coupon, CouponError Error)
{
    public bool Success => Error == CouponError.None;

    public string ErrorResourceKey => CouponErrors.ResourceKey(Error);

    public static CouponResult Saved(AffiliateCoupon coupon) => new(coupon, CouponError.None);

    public static CouponResult Failed(CouponError error) => new(null, error);
}
