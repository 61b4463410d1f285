using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Services.Attribution;

public interface ILifetimeReferralService
{
    /// <summary>
    /// Remembers the affiliate who first referred a customer; a customer who already has one keeps it.
    /// </summary>
    Task RecordAsync(int customerId, int affiliateId, int orderId, DateTime referredOnUtc);

    /// <summary>
    /// The customer's lifetime referral when the settings let it credit an order placed at <paramref name="orderedOnUtc"/>.
    /// </summary>
    Task<AffiliateLifetimeReferral> GetCreditingReferralAsync(int customerId, DateTime orderedOnUtc, AffiliateTrackingSettings settings);

    Task<AffiliateLifetimeReferral> GetReferralByCustomerIdAsync(int customerId);
}
