using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

/// <summary>
/// The "Generate codes" form of the affiliate coupons page.
/// </summary>
public record CouponGenerationModel : BaseNopModel
{
    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.Coupon.TemplateDiscount")]
    public int TemplateDiscountId { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.Coupon.AllAffiliates")]
    public bool AllAffiliates { get; set; } = true;

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.Coupon.SelectedAffiliates")]
    public IList<int> SelectedAffiliateIds { get; set; } = new List<int>();

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.Coupon.Pattern")]
    public int PatternId { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.Coupon.Prefix")]
    public string Prefix { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.Coupon.RandomLength")]
    public int RandomLength { get; set; } = AffiliateTrackingDefaults.DefaultCouponSuffixLength;

    /// <summary>
    /// One line per affiliate, "handle=CODE" (friendly URL name or id), for the typed pattern.
    /// </summary>
    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.Coupon.TypedCodes")]
    public string TypedCodes { get; set; }

    /// <summary>
    /// First day the codes work (UTC).
    /// </summary>
    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.Coupon.StartDate")]
    public DateTime? StartDate { get; set; }

    /// <summary>
    /// Last day the codes work (UTC), inclusive; empty for no end.
    /// </summary>
    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.Coupon.EndDate")]
    public DateTime? EndDate { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.Coupon.Note")]
    public string Note { get; set; }

    public IList<SelectListItem> AvailableTemplates { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailablePatterns { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableAffiliates { get; set; } = new List<SelectListItem>();
}
