using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

public record AffiliateLinkSearchModel : BaseSearchModel
{
    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Links.Fields.Affiliate")]
    public int SearchAffiliateId { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Links.Fields.Slug")]
    public string SearchSlug { get; set; }

    public IList<SelectListItem> AvailableAffiliates { get; set; } = new List<SelectListItem>();

    public AffiliatePostbackTemplateModel PostbackTemplate { get; set; } = new();
}
