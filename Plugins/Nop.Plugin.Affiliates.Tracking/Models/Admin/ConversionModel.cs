using Nop.Web.Framework.Models;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

/// <summary>
/// One row of the conversions grid; amounts are in the store's primary currency.
/// </summary>
public record ConversionModel : BaseNopModel
{
    public int Id { get; set; }

    public int OrderId { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public int AffiliateId { get; set; }

    public string AffiliateName { get; set; }

    public string Source { get; set; }

    public string CouponCode { get; set; }

    public string Link { get; set; }

    public string Status { get; set; }

    public decimal BaseAmount { get; set; }

    public decimal Amount { get; set; }

    /// <summary>
    /// The amounts as the admin's language writes numbers (nopCommerce grids show text formatted on the server).
    /// </summary>
    public string BaseAmountText { get; set; }

    public string AmountText { get; set; }

    public string OrderCurrencyCode { get; set; }
}
