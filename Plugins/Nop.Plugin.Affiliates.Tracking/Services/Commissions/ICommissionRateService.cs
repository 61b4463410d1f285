using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Services.Commissions;

/// <summary>
/// The admin's per-affiliate commission overrides (whole order and per category) that the ledger reads.
/// </summary>
public interface ICommissionRateService
{
    /// <summary>
    /// The affiliate's overrides: the whole-order rate first, then category rates by category id.
    /// </summary>
    Task<IList<AffiliateCommissionRate>> GetRatesByAffiliateIdAsync(int affiliateId);

    /// <summary>
    /// Inserts the override, or updates the one with the same affiliate and category (one row per RateKey).
    /// </summary>
    Task<CommissionRateResult> SaveRateAsync(CommissionRateInput input);

    /// <summary>
    /// Deletes one of the affiliate's overrides; the affiliate id guards against deleting another affiliate's rate.
    /// </summary>
    Task<CommissionRateResult> DeleteRateAsync(int affiliateId, int rateId);
}
