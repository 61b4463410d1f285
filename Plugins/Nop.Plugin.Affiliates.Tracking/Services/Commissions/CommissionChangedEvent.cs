namespace Nop.Plugin.Affiliates.Tracking.Services.Commissions;

/// <summary>
/// Published through nopCommerce's IEventPublisher after the ledger stored a change: a new commission or a new status
/// or amount of one. Consumers (postbacks, e-mails) run after the change is saved and never undo it.
/// Amounts are in the store's primary currency.
/// </summary>
public sealed class CommissionChangedEvent
{
    public CommissionChangedEvent(int commissionId, int orderId, int affiliateId, string status, decimal orderTotal,
        decimal commission, string currencyCode, string couponCode, int clickId, DateTime occurredOnUtc)
    {
        CommissionId = commissionId;
        OrderId = orderId;
        AffiliateId = affiliateId;
        Status = status;
        OrderTotal = orderTotal;
        Commission = commission;
        CurrencyCode = currencyCode;
        CouponCode = couponCode;
        ClickId = clickId;
        OccurredOnUtc = occurredOnUtc;
    }

    public int CommissionId { get; }

    public int OrderId { get; }

    public int AffiliateId { get; }

    /// <summary>
    /// Lower-case status name as postbacks send it: pending, approved, paid, reversed, adjusted.
    /// </summary>
    public string Status { get; }

    public decimal OrderTotal { get; }

    public decimal Commission { get; }

    public string CurrencyCode { get; }

    public string CouponCode { get; }

    public int ClickId { get; }

    public DateTime OccurredOnUtc { get; }
}
