using Nop.Plugin.Affiliates.Tracking.Models.Admin;

namespace Nop.Plugin.Affiliates.Tracking.Factories;

public interface IAffiliatePayoutModelFactory
{
    /// <summary>
    /// Open balances and the set-up of the batches grid (its rows come from <see cref="PreparePayoutListModelAsync"/>).
    /// </summary>
    Task<PayoutPageModel> PreparePayoutPageModelAsync();

    /// <summary>
    /// One page of batches with their lines, newest first; paging the grid posts is clamped (Rules/GridPage).
    /// </summary>
    Task<PayoutListModel> PreparePayoutListModelAsync(PayoutSearchModel searchModel);
}
