namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Why a commission rate override was refused; each value has a locale resource under
/// Plugins.Affiliates.Tracking.CommissionRates.Errors.
/// </summary>
public enum CommissionRateError
{
    None = 0,
    AffiliateNotFound,
    CategoryNotFound,
    TypeUnknown,
    PercentageOutOfRange,
    AmountOutOfRange,
    RateNotFound
}
