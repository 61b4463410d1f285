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

    // Ledger columns (issue 6). Amount above is the commission now; these say how it got there.

    public int StoreId { get; set; }

    public int CustomerId { get; set; }

    /// <summary>
    /// The share-link click that credited the order, 0 for coupons, lifetime referrals and unknown clicks.
    /// </summary>
    public int ClickId { get; set; }

    /// <summary>
    /// The order total at placement, in the store's primary currency; refunds are shared pro rata against it.
    /// </summary>
    public decimal OrderTotal { get; set; }

    /// <summary>
    /// The commission computed when the order was placed, before refunds.
    /// </summary>
    public decimal OriginalAmount { get; set; }

    /// <summary>
    /// The order's cumulative refunded amount the ledger has applied.
    /// </summary>
    public decimal RefundedAmount { get; set; }

    /// <summary>
    /// What payouts have included so far; Amount − PaidOutAmount is what the next payout settles once approved.
    /// </summary>
    public decimal PaidOutAmount { get; set; }

    public DateTime? OrderPaidOnUtc { get; set; }

    public DateTime? ApprovedOnUtc { get; set; }

    public DateTime? ReversedOnUtc { get; set; }

    /// <summary>
    /// The latest payout that included this commission, 0 when none.
    /// </summary>
    public int PayoutId { get; set; }

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
