using Nop.Web.Framework.Models;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

public record PayoutBalanceModel : BaseNopModel
{
    public int AffiliateId { get; set; }

    public string AffiliateName { get; set; }

    public string PayoutEmail { get; set; }

    public decimal Amount { get; set; }

    public bool Payable { get; set; }
}
