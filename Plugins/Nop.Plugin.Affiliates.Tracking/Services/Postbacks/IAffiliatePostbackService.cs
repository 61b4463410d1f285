using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Commissions;

namespace Nop.Plugin.Affiliates.Tracking.Services.Postbacks;

/// <summary>
/// The postback outbox and the per-affiliate URL templates. Nothing here makes an HTTP call.
/// </summary>
public interface IAffiliatePostbackService
{
    /// <summary>
    /// Writes the postback for a commission change into the outbox, due now. Returns null when postbacks are off, no
    /// template applies, the template is invalid (logged), or this change was enqueued before (nothing is added twice).
    /// </summary>
    Task<AffiliatePostback> EnqueueAsync(CommissionChangedEvent change);

    Task<IList<AffiliatePostback>> GetPostbacksByCommissionIdAsync(int commissionId);

    Task<AffiliatePostbackTemplate> GetAffiliateTemplateAsync(int affiliateId);

    /// <summary>
    /// Sets an affiliate's own template; an empty template removes it (the global one applies again).
    /// </summary>
    Task<PostbackTemplateResult> SaveAffiliateTemplateAsync(int affiliateId, string urlTemplate);
}
