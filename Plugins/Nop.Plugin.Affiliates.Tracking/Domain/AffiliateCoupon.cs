using Nop.Core;

namespace Nop.Plugin.Affiliates.Tracking.Domain;

/// <summary>
/// Links an affiliate to the nopCommerce discount generated for them from a template discount.
/// </summary>
public class AffiliateCoupon : BaseEntity
{
    public int AffiliateId { get; set; }

    public int DiscountId { get; set; }

    public int TemplateDiscountId { get; set; }

    /// <summary>
    /// Upper-case copy of the discount's coupon code, kept unique here because nopCommerce does not enforce it.
    /// </summary>
    public string CouponCode { get; set; }

    /// <summary>
    /// "{TemplateDiscountId}:{AffiliateId}", unique: the database refuses a second code for the same template and affiliate,
    /// also when two generation runs race.
    /// </summary>
    public string TemplateAffiliateKey { get; set; }

    public bool Active { get; set; }

    public DateTime CreatedOnUtc { get; set; }
}
