using Nop.Web.Framework.Models;

namespace Nop.Plugin.Affiliates.Tracking.Models.Customer;

public record AffiliateCommissionItemModel : BaseNopModel
{
    public int OrderId { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public string SourceName { get; set; }

    public string CouponCode { get; set; }

    public decimal Amount { get; set; }

    public string Status { get; set; }

    public string StatusName { get; set; }
}
