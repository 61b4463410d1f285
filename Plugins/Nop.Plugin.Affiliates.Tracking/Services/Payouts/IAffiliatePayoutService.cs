using Nop.Core;
using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Services.Payouts;

public interface IAffiliatePayoutService
{
    /// <summary>
    /// Puts every affiliate whose balance (approved commissions not yet paid out, plus negative adjustments carried from
    /// refunds after payout) reaches MinimumPayoutAmount into a new batch. A commission goes into one batch only, also
    /// when two batches are created at the same time.
    /// </summary>
    Task<PayoutBatchResult> CreatePayoutBatchAsync();

    /// <summary>
    /// The batch as CSV: payout e-mail, amount, currency, reference; null for an unknown batch.
    /// </summary>
    Task<string> ExportCsvAsync(int payoutId);

    /// <summary>
    /// Records that the batch was paid: the batch, its lines and its commissions become Paid, and each affiliate of the
    /// batch gets the payout-sent e-mail once. Repeating it, also at the same moment on several nodes, changes nothing
    /// and sends nothing again.
    /// </summary>
    Task<AffiliatePayout> MarkPaidAsync(int payoutId);

    Task<AffiliatePayout> GetPayoutByIdAsync(int payoutId);

    Task<IList<AffiliatePayoutLine>> GetPayoutLinesAsync(int payoutId);

    /// <summary>
    /// The affiliate's payout lines, newest first.
    /// </summary>
    Task<IList<AffiliatePayoutLine>> GetPayoutsByAffiliateAsync(int affiliateId);

    /// <summary>
    /// Every affiliate with an open balance, the payable ones (at or above the minimum) first, then by affiliate.
    /// </summary>
    Task<IList<PayoutBalance>> GetOpenBalancesAsync();

    /// <summary>
    /// Payout batches, newest first.
    /// </summary>
    Task<IPagedList<AffiliatePayout>> GetPayoutsAsync(int pageIndex, int pageSize);
}
