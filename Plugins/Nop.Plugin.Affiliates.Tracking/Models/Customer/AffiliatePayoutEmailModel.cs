using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Affiliates.Tracking.Models.Customer;

public record AffiliatePayoutEmailModel : BaseNopModel
{
    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Account.PayoutEmail")]
    public string PayoutEmail { get; set; }
}
