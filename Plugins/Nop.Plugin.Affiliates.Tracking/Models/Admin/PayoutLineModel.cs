using Nop.Web.Framework.Models;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

public record PayoutLineModel : BaseNopModel
{
    public int AffiliateId { get; set; }

    public string AffiliateName { get; set; }

    public string PayoutEmail { get; set; }

    public decimal Amount { get; set; }

    public string AmountText { get; set; }

    public string Reference { get; set; }

    public string StatusName { get; set; }
}
