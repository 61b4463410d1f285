using System.Text;

namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Short-link slugs: lower-case words of letters and digits joined by single hyphens, easy to read aloud and type.
/// </summary>
public static class SlugRules
{
    public const int MinLength = 3;

    public const int MaxLength = 64;


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
        foreach (var c in LatinFolding.FoldToAscii(text))
        {
            if (c != '\0')
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');

            if (builder.Length >= MaxLength)
                break;
        }

        var slug = builder.ToString();
        return (slug.Length > MaxLength ? slug[..MaxLength] : slug).Trim('-');
    }
}
