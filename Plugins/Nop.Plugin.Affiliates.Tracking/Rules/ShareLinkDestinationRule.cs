namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Decides where a share link may send a shopper: a path on this store, or an http(s) URL on the store's own host
/// or a host the owner allowed. Anything a browser could read as another site is refused (no open redirect).
/// </summary>
public static class ShareLinkDestinationRule
{
    public const int MaxLength = 2048;

    // Percent-encoding can hide "//" or "\" from a check that a later decoder undoes; a few rounds cover double encoding.
    private const int DecodeRounds = 3;

    public static DestinationCheck Check(string destination, string storeHost, IReadOnlyCollection<string> allowedHosts)
    {
        var value = destination?.Trim();
        if (string.IsNullOrEmpty(value))
            return DestinationCheck.Invalid(DestinationError.Empty);
        if (value.Length > MaxLength)
            return DestinationCheck.Invalid(DestinationError.TooLong);
        if (HasHiddenTricks(value))
            return DestinationCheck.Invalid(DestinationError.Malformed);

        if (value[0] == '/')
            return IsProtocolRelative(value) ? DestinationCheck.Invalid(DestinationError.Malformed) : DestinationCheck.Valid(value);

        // Only the full "scheme://" form counts: browsers read "https:evil.example" and "https:/evil.example" as absolute too.
        if (!value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            return DestinationCheck.Invalid(value.Contains(':') ? DestinationError.UnsupportedScheme : DestinationError.Malformed);

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            return DestinationCheck.Invalid(DestinationError.Malformed);
        if (!string.IsNullOrEmpty(uri.UserInfo))
            return DestinationCheck.Invalid(DestinationError.UserInfo);

        var host = uri.IdnHost.ToLowerInvariant();
        var allowed = string.Equals(host, storeHost, StringComparison.OrdinalIgnoreCase)
            || (allowedHosts?.Contains(host, StringComparer.OrdinalIgnoreCase) ?? false);

        if (!allowed)
            return DestinationCheck.Invalid(DestinationError.HostNotAllowed);

        // A Location header carries ASCII only, so an international host goes out in its punycode form.
        return DestinationCheck.Valid(new UriBuilder(uri) { Host = host }.Uri.AbsoluteUri);
    }

    private static bool HasHiddenTricks(string value)
    {
        var current = value;
        for (var round = 0; round <= DecodeRounds; round++)
        {
            if (current.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\'))
                return true;
            if (round > 0 && current.StartsWith('/') && IsProtocolRelative(current))
                return true;

            var decoded = Uri.UnescapeDataString(current);
            if (decoded == current)
                break;
            current = decoded;
        }

        return false;
    }

    private static bool IsProtocolRelative(string value) => value.Length > 1 && (value[1] == '/' || value[1] == '\\');
}
