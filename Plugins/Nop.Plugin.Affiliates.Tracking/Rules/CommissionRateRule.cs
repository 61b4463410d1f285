namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Checks an affiliate's commission rate override before it is stored, and builds its unique key. The ranges are the
/// program settings' own, so an override can never be a rate the settings page would refuse.
/// </summary>
public static class CommissionRateRule
{
    /// <summary>
    /// The unique key of an override: "{affiliateId}:{categoryId}", the category part empty for the whole order.
    /// </summary>
    public static string Key(int affiliateId, int? categoryId) => $"{affiliateId}:{categoryId}";

    public static IReadOnlyList<CommissionRateError> Validate(int affiliateId, int? categoryId, int commissionTypeId, decimal value)
    {
        var errors = new List<CommissionRateError>();
        if (affiliateId <= 0)
            errors.Add(CommissionRateError.AffiliateNotFound);
        if (categoryId is <= 0)
            errors.Add(CommissionRateError.CategoryNotFound);

        switch (commissionTypeId)
        {
            case (int)CommissionType.PercentageOfSubtotal:
                if (!CommissionSettingsRules.IsValidPercentage(value))
                    errors.Add(CommissionRateError.PercentageOutOfRange);
                break;
            case (int)CommissionType.FixedAmountPerOrder:
                if (!CommissionSettingsRules.IsValidAmount(value))
                    errors.Add(CommissionRateError.AmountOutOfRange);
                break;
            default:
                errors.Add(CommissionRateError.TypeUnknown);
                break;
        }

        return errors;
    }
}
