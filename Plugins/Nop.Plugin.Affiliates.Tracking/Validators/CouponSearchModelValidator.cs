using Nop.Plugin.Affiliates.Tracking.Models.Admin;

namespace Nop.Plugin.Affiliates.Tracking.Validators;

/// <summary>
/// Reads the generated-codes grid's posted filter. A negative template id is refused rather than read as "all
/// templates": a list that quietly shows something else than asked would mislead. Paging is clamped instead (GridPage).
/// </summary>
public static class CouponSearchModelValidator
{
    public const string TemplateInvalidResource = AffiliateTrackingDefaults.LocalePrefix + "Admin.Coupons.Search.TemplateInvalid";

    public static IList<ValidationError> Validate(AffiliateCouponSearchModel model, out int templateDiscountId)
    {
        var errors = new List<ValidationError>();
        templateDiscountId = 0;
        model ??= new AffiliateCouponSearchModel();

        if (model.SearchTemplateDiscountId < 0)
            errors.Add(new(nameof(model.SearchTemplateDiscountId), TemplateInvalidResource));
        else
            templateDiscountId = model.SearchTemplateDiscountId;

        return errors;
    }
}
