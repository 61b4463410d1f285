namespace Nop.Plugin.Affiliates.Tracking.Services.Coupons;

/// <summary>
/// Why a coupon operation was refused; each value has a locale resource under Plugins.Affiliates.Tracking.Coupons.Errors.
/// The values named like <see cref="Rules.CouponCodeError"/> mean the same and share its resources.
/// </summary>
public enum CouponError
{
    None = 0,
    Empty,
    TooShort,
    TooLong,
    InvalidCharacters,
    Taken,
    InvalidRandomLength,
    Exhausted,
    TemplateNotFound,
    TemplateWithoutCouponCode,
    TemplateIsGeneratedCoupon,
    EndBeforeStart,
    NoteTooLong,
    TypedCodeMissing,
    DuplicateTypedCode,
    AffiliateNotFound,
    AffiliateInactive,
    AffiliateAlreadyHasCode,
    NoAffiliates,
    JobNotFound,
    CouponNotFound,
    DiscountNotFound
}
