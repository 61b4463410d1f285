using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Models.Admin;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Reports;

namespace Nop.Plugin.Affiliates.Tracking.Validators;

/// <summary>
/// Turns posted report filters into a <see cref="ConversionFilter"/>, or says which value is wrong. Unknown sources or
/// statuses, negative affiliate ids and over-long codes are errors rather than silently widened filters: a report that
/// quietly shows everything for a typo would mislead. Paging is clamped instead (<see cref="ReportPage"/>).
/// </summary>
public static class ConversionSearchModelValidator
{
    private const string P = AffiliateTrackingDefaults.LocalePrefix + "Admin.Conversions.";

    public static IList<ValidationError> Validate(ConversionSearchModel model, out ConversionFilter filter)
    {
        var errors = new List<ValidationError>();
        filter = null;

        if (model is null)
        {
            errors.Add(new(string.Empty, P + "InvalidFilter"));
            return errors;
        }

        if (model.SearchAffiliateId < 0)
            errors.Add(new(nameof(model.SearchAffiliateId), P + "SearchAffiliateId.Invalid"));
        if (model.SearchSourceId != 0 && !Enum.IsDefined(typeof(AttributionSource), model.SearchSourceId))
            errors.Add(new(nameof(model.SearchSourceId), P + "SearchSource.Invalid"));
        if (model.SearchStatusId != 0 && !Enum.IsDefined(typeof(CommissionStatus), model.SearchStatusId))
            errors.Add(new(nameof(model.SearchStatusId), P + "SearchStatus.Invalid"));
        if (CouponCodeRules.Normalize(model.SearchCouponCode).Length > AffiliateTrackingDefaults.CouponCodeMaxLength)
            errors.Add(new(nameof(model.SearchCouponCode), P + "SearchCouponCode.TooLong"));

        if (errors.Count > 0)
            return errors;

        filter = new ConversionFilter
        {
            AffiliateId = model.SearchAffiliateId,
            CouponCode = model.SearchCouponCode,
            Source = model.SearchSourceId == 0 ? null : (AttributionSource)model.SearchSourceId,
            Status = model.SearchStatusId == 0 ? null : (CommissionStatus)model.SearchStatusId,
            Dates = ReportDateRange.FromDays(model.SearchStartDate, model.SearchEndDate)
        };
        return errors;
    }
}
