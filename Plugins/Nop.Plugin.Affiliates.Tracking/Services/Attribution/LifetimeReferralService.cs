using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Services.Attribution;

public class LifetimeReferralService : ILifetimeReferralService
{
    private readonly IRepository<AffiliateLifetimeReferral> _referralRepository;

    public LifetimeReferralService(IRepository<AffiliateLifetimeReferral> referralRepository)
    {
        _referralRepository = referralRepository;
    }

    /// <inheritdoc />
    public async Task RecordAsync(int customerId, int affiliateId, int orderId, DateTime referredOnUtc)
    {
        if (customerId <= 0 || affiliateId <= 0 || await GetReferralByCustomerIdAsync(customerId) is not null)
            return;

        try
        {
            await _referralRepository.InsertAsync(new AffiliateLifetimeReferral
            {
                CustomerId = customerId,
                AffiliateId = affiliateId,
                FirstOrderId = orderId,
                CreatedOnUtc = referredOnUtc
            }, false);
        }
        catch (Exception)
        {
            // Unique CustomerId: another node recorded the customer's first referrer at the same moment; that one stays.
            if (await GetReferralByCustomerIdAsync(customerId) is null)
                throw;
        }
    }

    /// <inheritdoc />
    public async Task<AffiliateLifetimeReferral> GetCreditingReferralAsync(int customerId, DateTime orderedOnUtc, AffiliateTrackingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.LifetimeCommissionMode == LifetimeCommissionMode.Off || customerId <= 0)
            return null;

        var referral = await GetReferralByCustomerIdAsync(customerId);

        return referral is not null && LifetimeReferralRule.Credits(settings.LifetimeCommissionMode, settings.LifetimeCommissionMonths,
            referral.CreatedOnUtc, orderedOnUtc)
            ? referral
            : null;
    }

    /// <inheritdoc />
    public Task<AffiliateLifetimeReferral> GetReferralByCustomerIdAsync(int customerId) =>
        _referralRepository.Table.FirstOrDefaultAsync(r => r.CustomerId == customerId);
}
