namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Checks what an applicant, an affiliate or an administrator types about a membership.
/// </summary>
public static class MemberApplicationRule
{
    public const int MessageMaxLength = 1000;

    /// <summary>
    /// An application needs the terms accepted; the message and the payout e-mail are optional, but checked when given.
    /// </summary>
    public static IReadOnlyList<MemberApplicationError> ValidateApplication(bool termsAccepted, string message, string payoutEmail)
    {
        var errors = new List<MemberApplicationError>();
        if (!termsAccepted)
            errors.Add(MemberApplicationError.TermsNotAccepted);

        AddTextErrors(errors, message, MemberApplicationError.MessageTooLong, MemberApplicationError.MessageInvalidCharacters);

        if (EmailAddressRule.Normalize(payoutEmail) is not null)
            AddPayoutEmailError(errors, payoutEmail);

        return errors;
    }

    /// <summary>
    /// An affiliate setting their payout e-mail must give one.
    /// </summary>
    public static IReadOnlyList<MemberApplicationError> ValidatePayoutEmail(string payoutEmail)
    {
        var errors = new List<MemberApplicationError>();
        AddPayoutEmailError(errors, payoutEmail);
        return errors;
    }

    public static IReadOnlyList<MemberApplicationError> ValidateAdminNote(string note)
    {
        var errors = new List<MemberApplicationError>();
        AddTextErrors(errors, note, MemberApplicationError.AdminNoteTooLong, MemberApplicationError.AdminNoteInvalidCharacters);
        return errors;
    }

    /// <summary>
    /// Trimmed text with Windows line ends made plain, or null when empty.
    /// </summary>
    public static string NormalizeText(string value)
    {
        var text = value?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static void AddTextErrors(List<MemberApplicationError> errors, string value, MemberApplicationError tooLong, MemberApplicationError invalid)
    {
        var text = NormalizeText(value);
        if (text is null)
            return;

        if (text.Length > MessageMaxLength)
            errors.Add(tooLong);

        // Line breaks and tabs are fine in a message; other control characters only come from pasted binary or attacks.
        if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\t')))
            errors.Add(invalid);
    }

    private static void AddPayoutEmailError(List<MemberApplicationError> errors, string payoutEmail)
    {
        switch (EmailAddressRule.Validate(payoutEmail))
        {
            case EmailAddressError.Empty:
                errors.Add(MemberApplicationError.PayoutEmailEmpty);
                break;
            case EmailAddressError.TooLong:
                errors.Add(MemberApplicationError.PayoutEmailTooLong);
                break;
            case EmailAddressError.Malformed:
                errors.Add(MemberApplicationError.PayoutEmailMalformed);
                break;
        }
    }
}
