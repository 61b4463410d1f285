using Nop.Web.Framework.Models;

namespace Nop.Plugin.Affiliates.Tracking.Models.Customer;

/// <summary>
/// The dashboard's query string, read as text so a malformed value gets a message instead of a binding error. There is
/// no affiliate id on purpose: the dashboard always shows the signed-in affiliate.
/// </summary>
public record AffiliateDashboardQueryModel : BaseNopModel
{
    public string Days { get; set; }

    public string From { get; set; }

    public string To { get; set; }

    public string Page { get; set; }
}
