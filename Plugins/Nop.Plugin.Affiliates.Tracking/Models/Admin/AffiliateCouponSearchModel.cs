using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

/// <summary>
/// The generated-codes grid's filter (template, 0: all) and paging, plus the templates that have codes (the small
/// per-template table with Sync from template).
/// </summary>
public record AffiliateCouponSearchModel : BaseSearchModel
{
    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.Coupon.TemplateFilter")]
    public int SearchTemplateDiscountId { get; set; }

    public IList<SelectListItem> AvailableTemplates { get; set; } = new List<SelectListItem>();

    public IList<AffiliateCouponTemplateModel> Templates { get; set; } = new List<AffiliateCouponTemplateModel>();
}
