using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Services.Members;

public sealed record MemberResult(AffiliateMember Member, IReadOnlyList<MemberError> Errors)
{
    public bool Success => Errors.Count == 0;

    public IEnumerable<string> ErrorResourceKeys => Errors.Select(ResourceKey);

    public static string ResourceKey(MemberError error) => AffiliateTrackingDefaults.LocalePrefix + "Members.Errors." + error;

    public static MemberResult Saved(AffiliateMember member) => new(member, Array.Empty<MemberError>());

    public static MemberResult Failed(params MemberError[] errors) => new(null, errors);

    public static MemberResult Failed(IEnumerable<MemberApplicationError> errors) =>
        new(null, errors.Select(error => Enum.Parse<MemberError>(error.ToString())).ToList());
}
