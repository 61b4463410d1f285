using Nop.Web.Framework.Models;

namespace Nop.Plugin.Affiliates.Tracking.Models.Customer;

public record AffiliateCouponItemModel : BaseNopModel
{
    public string Code { get; set; }

    public string DiscountName { get; set; }

    /// <summary>
    /// The store URL that applies the code and credits the affiliate.
    /// </summary>
    public string ShareUrl { get; set; }
}
