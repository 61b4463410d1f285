using Nop.Web.Framework.Models;

namespace Nop.Plugin.Affiliates.Tracking.Models.Customer;

public record AffiliateLinkItemModel : BaseNopModel
{
    public int Id { get; set; }

    public string Slug { get; set; }

    public string Url { get; set; }

    public string DestinationUrl { get; set; }

    public bool Active { get; set; }

    public string QrPngUrl { get; set; }

    public string QrSvgUrl { get; set; }
}
