using Nop.Plugin.Affiliates.Tracking.Models.Admin;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Members;

namespace Nop.Plugin.Affiliates.Tracking.Validators;

/// <summary>
/// Turns the members grid's posted filters into a <see cref="MemberFilter"/>, or says which value is wrong. An unknown
/// status or over-long search text is an error rather than a silently widened or cut search: a list that quietly shows
/// something else than asked would mislead. Paging is clamped instead (<see cref="GridPage"/>).
/// </summary>
public static class MemberSearchModelValidator
{
    private const string P = AffiliateTrackingDefaults.LocalePrefix + "Admin.Members.Search.";

    public static IList<ValidationError> Validate(MemberSearchModel model, out MemberFilter filter)
    {
        var errors = new List<ValidationError>();
        filter = null;
        model ??= new MemberSearchModel();

        var keywords = string.IsNullOrWhiteSpace(model.SearchKeywords) ? null : model.SearchKeywords.Trim();
        if (keywords?.Length > AffiliateTrackingDefaults.EmailMaxLength)
            errors.Add(new(nameof(model.SearchKeywords), P + "KeywordsTooLong"));
        if (model.SearchStatusId != 0 && !Enum.IsDefined(typeof(MemberStatus), model.SearchStatusId))
            errors.Add(new(nameof(model.SearchStatusId), P + "StatusInvalid"));

        if (errors.Count > 0)
            return errors;

        filter = new MemberFilter(keywords, model.SearchStatusId == 0 ? null : (MemberStatus)model.SearchStatusId);
        return errors;
    }
}
