namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Checks the e-mail address payouts are sent to. Deliberately stricter than RFC 5322 (no quoted local parts, no IP
/// literals, no comments): the address goes to a payment provider and into e-mail headers, where exotic forms fail.
/// </summary>
public static class EmailAddressRule
{
    /// <summary>
    /// RFC 5321's limit for a whole forward path.
    /// </summary>
    public const int MaxLength = 254;

    public const int MaxLocalPartLength = 64;

    private const string LocalPartSymbols = "!#$%&'*+/=?^_`{|}~.-";

    /// <summary>
    /// The address trimmed, or null when empty.
    /// </summary>
    public static string Normalize(string value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    public static EmailAddressError Validate(string value)
    {
        var email = Normalize(value);
        if (email is null)
            return EmailAddressError.Empty;
        if (email.Length > MaxLength)
            return EmailAddressError.TooLong;

        var at = email.IndexOf('@');
        if (at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1)
            return EmailAddressError.Malformed;

        var local = email[..at];
        var domain = email[(at + 1)..];
        if (local.Length > MaxLocalPartLength || !IsValidLocalPart(local) || !IsValidDomain(domain))
            return EmailAddressError.Malformed;

        return EmailAddressError.None;
    }

    private static bool IsValidLocalPart(string local)
    {
        if (local.StartsWith('.') || local.EndsWith('.') || local.Contains("..", StringComparison.Ordinal))
            return false;

        foreach (var c in local)
        {
            if (!char.IsAsciiLetterOrDigit(c) && !LocalPartSymbols.Contains(c))
                return false;
        }

        return true;
    }

    private static bool IsValidDomain(string domain)
    {
        var labels = domain.Split('.');
        if (labels.Length < 2)
            return false;

        foreach (var label in labels)
        {
            if (label.Length is 0 or > 63 || label.StartsWith('-') || label.EndsWith('-'))
                return false;
            foreach (var c in label)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '-')
                    return false;
            }
        }

        // A top-level domain is never all digits: that is an IP address, not a mailbox domain.
        var topLevel = labels[^1];
        return topLevel.Length >= 2 && !topLevel.All(char.IsAsciiDigit);
    }
}
