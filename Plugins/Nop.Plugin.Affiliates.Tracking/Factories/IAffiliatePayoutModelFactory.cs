using Nop.Plugin.Affiliates.Tracking.Models.Admin;

namespace Nop.Plugin.Affiliates.Tracking.Factories;

public interface IAffiliatePayoutModelFactory
{
    /// <summary>
    /// Open balances and one page of batches with their lines (a page number out of range shows the nearest page).
    /// </summary>
    Task<PayoutPageModel> PreparePayoutPageModelAsync(int page);
}
