namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// The outcome of producing a coupon code: the normalized code, or why there is none.
/// </summary>
public sealed record CouponCodeResult(string Code, CouponCodeError Error)
{
    public bool IsSuccess => Error == CouponCodeError.None;

    public static CouponCodeResult Success(string code) => new(code, CouponCodeError.None);

    public static CouponCodeResult Failure(CouponCodeError error) => new(null, error);
}
