namespace Nop.Plugin.Affiliates.Tracking.Services.Members;

/// <summary>
/// Why a membership change was refused; each value has a locale resource under Plugins.Affiliates.Tracking.Members.Errors.
/// The values named like <see cref="Rules.MemberApplicationError"/> come from that rule.
/// </summary>
public enum MemberError
{
    None = 0,
    NotRegistered,
    AlreadyMember,
    MemberNotFound,
    TransitionNotAllowed,
    AffiliateNotFound,
    AffiliateLinkedToAnotherMember,
    TermsNotAccepted,
    MessageTooLong,
    MessageInvalidCharacters,
    PayoutEmailEmpty,
    PayoutEmailTooLong,
    PayoutEmailMalformed,
    AdminNoteTooLong,
    AdminNoteInvalidCharacters
}
