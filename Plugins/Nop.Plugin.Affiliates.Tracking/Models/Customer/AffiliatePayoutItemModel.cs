using Nop.Web.Framework.Models;

namespace Nop.Plugin.Affiliates.Tracking.Models.Customer;

public record AffiliatePayoutItemModel : BaseNopModel
{
    public string Reference { get; set; }

    public decimal Amount { get; set; }

    public string CurrencyCode { get; set; }

    public string Status { get; set; }

    public string StatusName { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime? PaidOnUtc { get; set; }
}
