using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

/// <summary>
/// An affiliate's own postback URL, edited on the links page (postbacks, issue 6).
/// </summary>
public record AffiliatePostbackTemplateModel : BaseNopModel
{
    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Links.Fields.Affiliate")]
    public int AffiliateId { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.AffiliatePostbackUrlTemplate")]
    public string UrlTemplate { get; set; }
}
