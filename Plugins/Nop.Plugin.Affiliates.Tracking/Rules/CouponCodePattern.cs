namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// How generated coupon codes look (see <see cref="CouponCodeGenerator"/>).
/// </summary>
public enum CouponCodePattern
{
    /// <summary>The affiliate's name or handle plus random characters.</summary>
    FromName = 0,

    /// <summary>A fixed prefix plus random characters.</summary>
    PrefixRandom = 10,

    /// <summary>A code the owner typed for each affiliate.</summary>
    Typed = 20
}
