namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Allocation-free checks on raw request text, so the attribution middleware can let ordinary requests pass untouched.
/// </summary>
public static class RequestTextScanner
{
    /// <summary>
    /// Whether a raw query string ("?a=1&amp;ref=x") has a parameter with this name (ASCII case-insensitive), with or without a value.
    /// </summary>
    public static bool HasQueryParameter(ReadOnlySpan<char> queryString, ReadOnlySpan<char> name)
    {
        // A vectorized search first: most query strings do not mention the name at all.
        if (name.IsEmpty || queryString.IndexOf(name, StringComparison.OrdinalIgnoreCase) < 0)
            return false;

        var rest = queryString.StartsWith("?") ? queryString[1..] : queryString;
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf('&');
            var pair = end < 0 ? rest : rest[..end];
            var equals = pair.IndexOf('=');
            var key = equals < 0 ? pair : pair[..equals];
            if (key.Equals(name, StringComparison.OrdinalIgnoreCase))
                return true;

            if (end < 0)
                break;
            rest = rest[(end + 1)..];
        }

        return false;
    }

    /// <summary>
    /// Whether a raw Cookie header ("a=1; .Nop.AffiliateTracking=…") carries this cookie with a value (names are case-sensitive).
    /// An empty value counts as absent, as ASP.NET Core's cookie parser treats it.
    /// </summary>
    public static bool HasCookie(ReadOnlySpan<char> cookieHeader, ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || cookieHeader.IndexOf(name, StringComparison.Ordinal) < 0)
            return false;

        var rest = cookieHeader;
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf(';');
            var pair = (end < 0 ? rest : rest[..end]).Trim(' ');
            var equals = pair.IndexOf('=');
            if (equals > 0 && pair[..equals].Trim(' ').SequenceEqual(name) && !pair[(equals + 1)..].Trim(' ').IsEmpty)
                return true;

            if (end < 0)
                break;
            rest = rest[(end + 1)..];
        }

        return false;
    }

    /// <summary>
    /// Whether a request path is "/{prefix}/…" (prefix compared case-insensitively), and the remainder after it.
    /// </summary>
    public static bool TryMatchPrefix(ReadOnlySpan<char> path, ReadOnlySpan<char> prefix, out ReadOnlySpan<char> remainder)
    {
        remainder = default;
        if (prefix.IsEmpty || path.Length < prefix.Length + 2 || path[0] != '/' || path[prefix.Length + 1] != '/')
            return false;
        if (!path.Slice(1, prefix.Length).Equals(prefix, StringComparison.OrdinalIgnoreCase))
            return false;

        remainder = path[(prefix.Length + 2)..];
        return true;
    }
}
