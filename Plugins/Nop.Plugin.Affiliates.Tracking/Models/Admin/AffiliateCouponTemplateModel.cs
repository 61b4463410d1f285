using Nop.Web.Framework.Models;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

/// <summary>
/// A template discount that has generated codes, with its "Sync from template" action.
/// </summary>
public record AffiliateCouponTemplateModel : BaseNopModel
{
    public int TemplateDiscountId { get; set; }

    public string TemplateName { get; set; }

    public int CouponCount { get; set; }
}
