namespace Nop.Plugin.Affiliates.Tracking.Services.Coupons;

/// <summary>
/// One refused value: the error and, for per-affiliate values such as typed codes, the affiliate it concerns (else 0).
/// </summary>
public sealed record CouponProblem(CouponError Error, int AffiliateId = 0)
{
    public string ResourceKey => CouponErrors.ResourceKey(Error);
}
