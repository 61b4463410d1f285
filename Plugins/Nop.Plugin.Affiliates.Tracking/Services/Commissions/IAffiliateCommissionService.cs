using Nop.Core;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Services.Attribution;

namespace Nop.Plugin.Affiliates.Tracking.Services.Commissions;

/// <summary>
/// The commission ledger: one commission per credited order that follows the order's life. Every method is
/// idempotent; a repeated or concurrent call changes the ledger at most once.
/// </summary>
public interface IAffiliateCommissionService
{
    /// <summary>
    /// Records the pending commission of a placed order credited to an affiliate; returns the existing one when the
    /// order already has one, null when the order earns nothing (not credited, the affiliate's own order, bad data).
    /// </summary>
    Task<AffiliateCommission> CreditOrderAsync(Order order, OrderAttribution attribution);

    /// <summary>
    /// The order was paid: the hold period starts.
    /// </summary>
    Task<AffiliateCommission> MarkOrderPaidAsync(Order order);

    /// <summary>
    /// A refund of <paramref name="amount"/> was made; the commission follows the order's cumulative RefundedAmount
    /// (pro rata, reversed when fully refunded).
    /// </summary>
    Task<AffiliateCommission> ApplyRefundAsync(Order order, decimal amount);

    /// <summary>
    /// The order was cancelled, voided or deleted: the commission is reversed if the order still says so.
    /// </summary>
    Task<AffiliateCommission> ReverseOrderAsync(Order order);

    /// <summary>
    /// Brings the order's commission in line with the order as it is now (paid, refunded, cancelled, voided, deleted, or
    /// valid again); does nothing for orders without a commission.
    /// </summary>
    Task<AffiliateCommission> ReconcileOrderAsync(Order order);

    Task<AffiliateCommission> ReconcileOrderAsync(int orderId);

    /// <summary>
    /// Reconciles the commissions of the period set by LedgerReconcileDays; returns how many changed.
    /// </summary>
    Task<int> ReconcileAsync();

    /// <summary>
    /// Approves pending commissions whose order was paid at least the hold period ago and still earns; returns how many.
    /// </summary>
    Task<int> ApproveDueCommissionsAsync();

    Task<AffiliateCommission> GetCommissionByOrderIdAsync(int orderId);

    Task<IPagedList<AffiliateCommission>> GetCommissionsByAffiliateIdAsync(int affiliateId, CommissionStatus? status = null,
        int pageIndex = 0, int pageSize = int.MaxValue);

    Task<IList<AffiliateCommissionEntry>> GetEntriesAsync(int commissionId);
}
