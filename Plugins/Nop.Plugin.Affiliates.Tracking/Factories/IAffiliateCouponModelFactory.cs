using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Models.Admin;

namespace Nop.Plugin.Affiliates.Tracking.Factories;

public interface IAffiliateCouponModelFactory
{
    /// <summary>
    /// Prepares the affiliate coupons page. A posted <paramref name="generation"/> form keeps its values and only gets
    /// its lists refilled; <paramref name="jobId"/> names the run the page shows (and drives while it is unfinished).
    /// </summary>
    Task<AffiliateCouponPageModel> PrepareAffiliateCouponPageModelAsync(CouponGenerationModel generation = null, int templateDiscountId = 0,
        int jobId = 0);

    /// <summary>
    /// Fills the generated-codes grid's template list, the per-template counts and the grid's page sizes.
    /// </summary>
    Task<AffiliateCouponSearchModel> PrepareCouponSearchModelAsync(AffiliateCouponSearchModel searchModel);

    /// <summary>
    /// One page of generated codes (oldest first) for the grid, optionally of one template; the requested offset and
    /// length are clamped to the grid's bounds.
    /// </summary>
    Task<AffiliateCouponListModel> PrepareCouponListModelAsync(AffiliateCouponSearchModel searchModel, int templateDiscountId);

    Task<CouponJobModel> PrepareCouponJobModelAsync(AffiliateCouponGenerationJob job);

    /// <summary>
    /// Active affiliates' ids by friendly URL name (case-insensitive) and by id as text, to read the typed-codes box.
    /// </summary>
    Task<IReadOnlyDictionary<string, int>> PrepareAffiliateKeysAsync();

    /// <summary>
    /// Names to put before a message about an affiliate: the friendly URL name, else the address name, else "#id".
    /// </summary>
    Task<IDictionary<int, string>> PrepareAffiliateNamesAsync(IEnumerable<int> affiliateIds);
}
