using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Affiliates.Tracking.Models.Customer;

public record AffiliateApplicationModel : BaseNopModel
{
    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Account.Apply.AcceptTerms")]
    public bool AcceptTerms { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Account.Apply.Message")]
    public string Message { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Account.Apply.PayoutEmail")]
    public string PayoutEmail { get; set; }
}
