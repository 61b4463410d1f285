using System.Globalization;
using System.Text;

namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Short-link slugs: lower-case words of letters and digits joined by single hyphens, easy to read aloud and type.
/// </summary>
public static class SlugRules
{
    public const int MinLength = 3;

    public const int MaxLength = 64;

    // Letters that Unicode does not decompose into a base letter plus marks.
    private static readonly Dictionary<char, string> _transliterations = new()
    {
        ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['ø'] = "o", ['đ'] = "d", ['ł'] = "l", ['þ'] = "th", ['ı'] = "i"
    };

    public static bool IsValid(string slug)
    {
        if (string.IsNullOrEmpty(slug) || slug.Length is < MinLength or > MaxLength)
            return false;
        if (slug[0] == '-' || slug[^1] == '-' || slug.Contains("--", StringComparison.Ordinal))
            return false;

        return slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
    }

    /// <summary>
    /// Turns free text ("Summer Sale – Ünïcode!") into a slug candidate ("summer-sale-unicode"); empty when nothing usable is left.
    /// </summary>
    public static string Suggest(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return string.Empty;

        var builder = new StringBuilder(Math.Min(text.Length, MaxLength));
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;

            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
                builder.Append(lower);
            else if (_transliterations.TryGetValue(lower, out var latin))
                builder.Append(latin);
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');

            if (builder.Length >= MaxLength)
                break;
        }

        var slug = builder.ToString();
        return (slug.Length > MaxLength ? slug[..MaxLength] : slug).Trim('-');
    }
}
