namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Why an application or a member's text cannot be saved; each value has a locale resource under
/// Plugins.Affiliates.Tracking.Members.Errors.
/// </summary>
public enum MemberApplicationError
{
    TermsNotAccepted,
    MessageTooLong,
    MessageInvalidCharacters,
    PayoutEmailEmpty,
    PayoutEmailTooLong,
    PayoutEmailMalformed,
    AdminNoteTooLong,
    AdminNoteInvalidCharacters
}
