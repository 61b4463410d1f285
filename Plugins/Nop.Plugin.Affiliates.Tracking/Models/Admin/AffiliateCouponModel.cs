using Nop.Web.Framework.Models;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

/// <summary>
/// One generated code in the coupon list.
/// </summary>
public record AffiliateCouponModel : BaseNopModel
{
    public int Id { get; set; }

    public int AffiliateId { get; set; }

    public string AffiliateName { get; set; }

    public int TemplateDiscountId { get; set; }

    public string TemplateName { get; set; }

    public string CouponCode { get; set; }

    public int DiscountId { get; set; }

    public string DiscountName { get; set; }

    public string DiscountUrl { get; set; }

    public string TrackingUrl { get; set; }

    public bool Active { get; set; }

    public string Status { get; set; }
}
