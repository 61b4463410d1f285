using Nop.Plugin.Affiliates.Tracking.Models.Admin;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Coupons;

namespace Nop.Plugin.Affiliates.Tracking.Validators;

/// <summary>
/// Checks what only the form knows (choices made, dates entered, the typed-codes box) and turns the form into a
/// generation request; the service then checks the codes, the template and the affiliates. Errors name locale resources.
/// </summary>
public static class CouponGenerationModelValidator
{
    private const string P = AffiliateTrackingDefaults.LocalePrefix + "Fields.Coupon.";

    /// <param name="affiliateIdsByKey">Affiliate ids by friendly URL name (case-insensitive) and by id as text.</param>
    public static IList<ValidationError> Validate(CouponGenerationModel model, IReadOnlyDictionary<string, int> affiliateIdsByKey,
        out CouponGenerationRequest request)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(affiliateIdsByKey);

        var errors = new List<ValidationError>();
        request = null;

        if (model.TemplateDiscountId <= 0)
            errors.Add(new(nameof(model.TemplateDiscountId), P + "TemplateDiscount.Required"));
        if (!Enum.IsDefined(typeof(CouponCodePattern), model.PatternId))
            errors.Add(new(nameof(model.PatternId), P + "Pattern.Invalid"));
        if (!model.StartDate.HasValue)
            errors.Add(new(nameof(model.StartDate), P + "StartDate.Required"));

        var pattern = (CouponCodePattern)model.PatternId;
        var typedCodes = new Dictionary<int, string>();
        if (pattern == CouponCodePattern.Typed)
            errors.AddRange(ReadTypedCodes(model.TypedCodes, affiliateIdsByKey, typedCodes));
        else if (!model.AllAffiliates && (model.SelectedAffiliateIds?.Count ?? 0) == 0)
            errors.Add(new(nameof(model.SelectedAffiliateIds), P + "SelectedAffiliates.Required"));

        if (errors.Count > 0)
            return errors;

        request = new CouponGenerationRequest
        {
            TemplateDiscountId = model.TemplateDiscountId,
            Pattern = pattern,
            Prefix = model.Prefix,
            RandomLength = model.RandomLength,
            StartDateUtc = DateTime.SpecifyKind(model.StartDate!.Value.Date, DateTimeKind.Utc),
            // The end date is the last day a code works.
            EndDateUtc = model.EndDate.HasValue ? DateTime.SpecifyKind(model.EndDate.Value.Date.AddDays(1).AddSeconds(-1), DateTimeKind.Utc) : null,
            Note = model.Note,
            AffiliateIds = model.AllAffiliates ? new List<int>() : model.SelectedAffiliateIds.Where(id => id > 0).Distinct().ToList(),
            TypedCodes = typedCodes
        };

        return errors;
    }

    /// <summary>
    /// The form field a service problem belongs to, so the message appears next to it.
    /// </summary>
    public static string PropertyFor(CouponProblem problem, CouponCodePattern pattern) => problem.Error switch
    {
        CouponError.TemplateNotFound or CouponError.TemplateWithoutCouponCode or CouponError.TemplateIsGeneratedCoupon => nameof(CouponGenerationModel.TemplateDiscountId),
        CouponError.EndBeforeStart => nameof(CouponGenerationModel.EndDate),
        CouponError.NoteTooLong => nameof(CouponGenerationModel.Note),
        CouponError.InvalidRandomLength => nameof(CouponGenerationModel.RandomLength),
        _ when pattern == CouponCodePattern.Typed && problem.AffiliateId > 0 => nameof(CouponGenerationModel.TypedCodes),
        CouponError.TypedCodeMissing => nameof(CouponGenerationModel.TypedCodes),
        CouponError.InvalidCharacters or CouponError.TooLong when problem.AffiliateId == 0 => nameof(CouponGenerationModel.Prefix),
        CouponError.AffiliateNotFound or CouponError.AffiliateInactive or CouponError.NoAffiliates => nameof(CouponGenerationModel.SelectedAffiliateIds),
        _ => string.Empty
    };

    private static IEnumerable<ValidationError> ReadTypedCodes(string text, IReadOnlyDictionary<string, int> affiliateIdsByKey, IDictionary<int, string> typedCodes)
    {
        var lines = TypedCodeLineParser.Parse(text, out var malformed);
        const string property = nameof(CouponGenerationModel.TypedCodes);

        if (lines.Count > TypedCodeLineParser.MaxLines)
        {
            yield return new(property, P + "TypedCodes.TooMany", TypedCodeLineParser.MaxLines);
            yield break;
        }

        foreach (var lineNumber in malformed)
            yield return new(property, P + "TypedCodes.Malformed", lineNumber);

        foreach (var line in lines)
        {
            if (!affiliateIdsByKey.TryGetValue(line.AffiliateKey, out var affiliateId))
                yield return new(property, P + "TypedCodes.UnknownAffiliate", line.LineNumber, Truncate(line.AffiliateKey));
            else if (!typedCodes.TryAdd(affiliateId, line.Code))
                yield return new(property, P + "TypedCodes.DuplicateAffiliate", line.LineNumber, Truncate(line.AffiliateKey));
        }

        if (lines.Count == 0 && malformed.Count == 0)
            yield return new(property, CouponErrors.ResourceKey(CouponError.TypedCodeMissing));
    }

    private static string Truncate(string value) => value.Length <= 60 ? value : value[..60] + "…";
}
