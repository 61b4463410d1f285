using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

/// <summary>
/// One page of generated codes, optionally for one template.
/// </summary>
public record AffiliateCouponListModel : BaseNopModel
{
    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.Coupon.TemplateFilter")]
    public int TemplateDiscountId { get; set; }

    public IList<SelectListItem> AvailableTemplates { get; set; } = new List<SelectListItem>();

    public IList<AffiliateCouponTemplateModel> Templates { get; set; } = new List<AffiliateCouponTemplateModel>();

    public IList<AffiliateCouponModel> Coupons { get; set; } = new List<AffiliateCouponModel>();

    public int PageNumber { get; set; }

    public int TotalPages { get; set; }

    public int TotalCount { get; set; }
}
