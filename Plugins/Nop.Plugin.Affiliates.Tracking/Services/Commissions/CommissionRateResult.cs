using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Services.Commissions;

public sealed record CommissionRateResult(AffiliateCommissionRate Rate, IReadOnlyList<CommissionRateError> Errors)
{
    public bool Success => Errors.Count == 0;

    public IEnumerable<string> ErrorResourceKeys => Errors.Select(ResourceKey);

    public static string ResourceKey(CommissionRateError error) => AffiliateTrackingDefaults.LocalePrefix + "CommissionRates.Errors." + error;

    public static CommissionRateResult Saved(AffiliateCommissionRate rate) => new(rate, Array.Empty<CommissionRateError>());

    public static CommissionRateResult Failed(IReadOnlyList<CommissionRateError> errors) => new(null, errors);
}
