using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Affiliates.Tracking.Models.Customer;

public record AffiliateLinkBuilderModel : BaseNopModel
{
    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Account.LinkBuilder.Destination")]
    public string DestinationUrl { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Account.LinkBuilder.Slug")]
    public string Slug { get; set; }
}
