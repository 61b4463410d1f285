using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

public record AffiliateLinkModel : BaseNopEntityModel
{
    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Links.Fields.Affiliate")]
    public int AffiliateId { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Links.Fields.Affiliate")]
    public string AffiliateName { get; set; }

    /// <summary>
    /// Empty on create: the service makes one from the affiliate's name.
    /// </summary>
    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Links.Fields.Slug")]
    public string Slug { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Links.Fields.DestinationUrl")]
    public string DestinationUrl { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Links.Fields.ShortUrl")]
    public string ShortUrl { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Links.Fields.Active")]
    public bool Active { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Links.Fields.CreatedOn")]
    public DateTime CreatedOnUtc { get; set; }

    public IList<SelectListItem> AvailableAffiliates { get; set; } = new List<SelectListItem>();
}
