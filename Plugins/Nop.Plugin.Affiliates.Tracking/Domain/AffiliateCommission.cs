using Nop.Core;

namespace Nop.Plugin.Affiliates.Tracking.Domain;

/// <summary>
/// The commission one order earns one affiliate; at most one row per order.
/// </summary>
public class AffiliateCommission : BaseEntity
{
    public int OrderId { get; set; }

    public int AffiliateId { get; set; }

    public int SourceId { get; set; }

    public string CouponCode { get; set; }

    public int LinkId { get; set; }

    public int StatusId { get; set; }

    /// <summary>
    /// The order amount the commission was computed from, in the store's primary currency.
    /// </summary>
    public decimal BaseAmount { get; set; }

    /// <summary>
    /// The commission, in the store's primary currency.
    /// </summary>
    public decimal Amount { get; set; }

    public string OrderCurrencyCode { get; set; }

    public decimal OrderCurrencyRate { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime UpdatedOnUtc { get; set; }

    public AttributionSource Source
    {
        get => (AttributionSource)SourceId;
        set => SourceId = (int)value;
    }

    public CommissionStatus Status
    {
        get => (CommissionStatus)StatusId;
        set => StatusId = (int)value;
    }
}
