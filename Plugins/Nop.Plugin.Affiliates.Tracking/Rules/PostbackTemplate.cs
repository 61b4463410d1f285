using System.Globalization;
using System.Text;

namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// A postback URL with {token} placeholders, e.g. https://network.example/pb?tx={order_id}&amp;amount={commission}.
/// Tokens are case-insensitive and may appear in the path, query or fragment, never in the scheme or host, so a value
/// can never redirect the request elsewhere. Values are URL-encoded; amounts use the invariant culture with two decimals.
/// </summary>
public sealed class PostbackTemplate
{
    public const int MaxLength = 2048;

    /// <summary>
    /// Every token a template may use, with what it is replaced by.
    /// </summary>
    public static IReadOnlyDictionary<string, Func<PostbackValues, string>> Tokens { get; } =
        new Dictionary<string, Func<PostbackValues, string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["order_id"] = values => values.OrderId.ToString(CultureInfo.InvariantCulture),
            ["order_total"] = values => FormatAmount(values.OrderTotal),
            ["commission"] = values => FormatAmount(values.Commission),
            ["currency"] = values => values.CurrencyCode ?? string.Empty,
            ["coupon_code"] = values => values.CouponCode ?? string.Empty,
            ["click_id"] = values => values.ClickId > 0 ? values.ClickId.ToString(CultureInfo.InvariantCulture) : string.Empty,
            ["affiliate_id"] = values => values.AffiliateId.ToString(CultureInfo.InvariantCulture),
            ["status"] = values => values.Status ?? string.Empty,
            ["commission_id"] = values => values.CommissionId.ToString(CultureInfo.InvariantCulture),
            ["event_id"] = values => values.EventId ?? string.Empty,
            ["timestamp"] = values => new DateTimeOffset(DateTime.SpecifyKind(values.OccurredOnUtc, DateTimeKind.Utc)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)
        };

    // Literal text and token names alternate: even indexes are literals, odd indexes token names.
    private readonly IReadOnlyList<string> _parts;

    private PostbackTemplate(string text, IReadOnlyList<string> parts)
    {
        Text = text;
        _parts = parts;
    }

    public string Text { get; }

    public IEnumerable<string> UsedTokens => _parts.Where((_, index) => index % 2 == 1);

    public static PostbackTemplateResult Parse(string text, bool allowHttp)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
            return PostbackTemplateResult.Invalid(PostbackTemplateError.Empty);
        if (text.Length > MaxLength)
            return PostbackTemplateResult.Invalid(PostbackTemplateError.TooLong);

        var invalid = FindInvalidCharacter(text);
        if (invalid is not null)
            return PostbackTemplateResult.Invalid(PostbackTemplateError.InvalidCharacters, invalid);

        var parts = new List<string>();
        var literal = new StringBuilder();
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (character == '}')
                return PostbackTemplateResult.Invalid(PostbackTemplateError.UnbalancedBraces, "}");
            if (character != '{')
            {
                literal.Append(character);
                continue;
            }

            var end = text.IndexOfAny(['{', '}'], index + 1);
            if (end < 0 || text[end] == '{')
                return PostbackTemplateResult.Invalid(PostbackTemplateError.UnbalancedBraces, "{");

            var name = text[(index + 1)..end];
            if (!Tokens.ContainsKey(name))
                return PostbackTemplateResult.Invalid(PostbackTemplateError.UnknownToken, name.Length > 40 ? name[..40] : name);

            parts.Add(literal.ToString());
            parts.Add(name.ToLowerInvariant());
            literal.Clear();
            index = end;
        }
        parts.Add(literal.ToString());

        var structure = CheckStructure(text, allowHttp);
        return structure == PostbackTemplateError.None
            ? PostbackTemplateResult.Valid(new PostbackTemplate(text, parts))
            : PostbackTemplateResult.Invalid(structure);
    }

    /// <summary>
    /// The URL to call for these values.
    /// </summary>
    public string Render(PostbackValues values)
    {
        ArgumentNullException.ThrowIfNull(values);

        var url = new StringBuilder(Text.Length + 64);
        for (var index = 0; index < _parts.Count; index++)
            url.Append(index % 2 == 0 ? _parts[index] : Uri.EscapeDataString(Tokens[_parts[index]](values)));

        return url.ToString();
    }

    /// <summary>
    /// Checks a rendered URL again before it is sent: the owner may have disallowed http since it was queued.
    /// </summary>
    public static PostbackTemplateError CheckUrl(string url, bool allowHttp)
    {
        if (string.IsNullOrEmpty(url))
            return PostbackTemplateError.Empty;
        if (FindInvalidCharacter(url) is not null || url.Contains('{') || url.Contains('}'))
            return PostbackTemplateError.InvalidCharacters;

        return CheckStructure(url, allowHttp);
    }

    public static string FormatAmount(decimal amount) =>
        decimal.Round(amount, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);

    // Whitespace, quotes, angle brackets and backslashes have no place in a URL; clients "fix" them differently.
    private static string FindInvalidCharacter(string text)
    {
        foreach (var character in text)
        {
            if (char.IsControl(character) || char.IsWhiteSpace(character) || character is '\\' or '"' or '<' or '>' or '^' or '`' or '|')
                return character.ToString();
        }

        return null;
    }

    private static PostbackTemplateError CheckStructure(string text, bool allowHttp)
    {
        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
            return PostbackTemplateError.Malformed;

        var scheme = text[..schemeEnd];
        if (scheme.Contains('{'))
            return PostbackTemplateError.TokenInHost;
        if (scheme.Equals(Uri.UriSchemeHttp, StringComparison.OrdinalIgnoreCase))
        {
            if (!allowHttp)
                return PostbackTemplateError.HttpNotAllowed;
        }
        else if (!scheme.Equals(Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase))
            return PostbackTemplateError.SchemeNotAllowed;

        var authorityStart = schemeEnd + 3;
        var authorityEnd = text.IndexOfAny(['/', '?', '#'], authorityStart);
        var authority = authorityEnd < 0 ? text[authorityStart..] : text[authorityStart..authorityEnd];
        if (authority.Contains('@'))
            return PostbackTemplateError.UserInfo;
        if (authority.Contains('{'))
            return PostbackTemplateError.TokenInHost;

        // Tokens replaced by a harmless value, the result must be an ordinary absolute URL with a host.
        var probe = text.Replace("{", "x", StringComparison.Ordinal).Replace("}", "x", StringComparison.Ordinal);
        if (!Uri.TryCreate(probe, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host) || !string.IsNullOrEmpty(uri.UserInfo))
            return PostbackTemplateError.Malformed;

        return PostbackTemplateError.None;
    }
}
