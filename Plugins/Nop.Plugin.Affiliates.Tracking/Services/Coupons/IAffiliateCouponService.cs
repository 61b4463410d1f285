using Nop.Core;
using Nop.Core.Domain.Affiliates;
using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Services.Coupons;

/// <summary>
/// Per-affiliate coupon codes: nopCommerce discounts cloned from a template discount, one per template and affiliate.
/// </summary>
public interface IAffiliateCouponService
{
    /// <summary>
    /// Checks a generation request (template, pattern, typed codes, dates) and stores it as a job; nothing is generated
    /// yet. Every problem found is returned, not only the first.
    /// </summary>
    Task<CouponGenerationStartResult> StartGenerationAsync(CouponGenerationRequest request);

    /// <summary>
    /// Generates the codes of the next <paramref name="batchSize"/> affiliates after the job's cursor and moves the cursor.
    /// Affiliates that already have a code for the template are skipped, so repeating a job or a batch creates nothing
    /// twice. Returns the updated job (Completed once no affiliates remain), or null when there is no such job.
    /// </summary>
    Task<AffiliateCouponGenerationJob> ProcessNextBatchAsync(int jobId, int batchSize = AffiliateTrackingDefaults.DefaultCouponBatchSize);

    Task<AffiliateCouponGenerationJob> GetJobByIdAsync(int jobId);

    /// <summary>
    /// Jobs not yet completed (pending or interrupted), newest first, so the admin page can offer to resume them.
    /// </summary>
    Task<IList<AffiliateCouponGenerationJob>> GetUnfinishedJobsAsync();

    /// <summary>
    /// Copies the template's current settings, mappings and requirements to every discount generated from it; each
    /// keeps its own code, name, dates and active flag. Returns how many discounts were updated.
    /// </summary>
    Task<int> SyncFromTemplateAsync(int templateDiscountId);

    /// <summary>
    /// Switches off the affiliate's code: the discount stops applying and the coupon is marked inactive.
    /// </summary>
    Task<CouponResult> DeactivateAsync(int couponId);

    /// <summary>
    /// Gives the same discount and coupon a new code made from the affiliate's name; the old code stops working.
    /// </summary>
    Task<CouponResult> RegenerateAsync(int couponId);

    Task<AffiliateCoupon> GetCouponByIdAsync(int couponId);

    Task<AffiliateCoupon> GetCouponByDiscountIdAsync(int discountId);

    Task<IPagedList<AffiliateCoupon>> GetCouponsAsync(int templateDiscountId = 0, int affiliateId = 0, int pageIndex = 0, int pageSize = int.MaxValue);

    /// <summary>
    /// The coupon's share link: the store URL with the code (applied to the cart by nopCommerce) and the affiliate's
    /// referral code (starts the attribution window).
    /// </summary>
    string GetCouponTrackingUrl(AffiliateCoupon coupon, Affiliate affiliate, string storeUrl);
}
