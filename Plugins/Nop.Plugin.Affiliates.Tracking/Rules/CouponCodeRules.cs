using System.Text;

namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// The format of affiliate coupon codes: ASCII letters and digits, compared without regard to case and stored upper-case.
/// </summary>
public static class CouponCodeRules
{
    public const int MinLength = 4;

    // Well below the plugin's column (40) and nopCommerce's Discount.CouponCode (100), so a code stays easy to type.
    public const int MaxLength = 20;


    /// <summary>
    /// The form codes are stored and compared in: trimmed and upper-case (invariant culture); empty for null.
    /// </summary>
    public static string Normalize(string code) => code?.Trim().ToUpperInvariant() ?? string.Empty;

    /// <summary>
    /// Checks the format of a code as typed; the code is normalized first, so "  abcd12 " is valid.
    /// </summary>
    public static CouponCodeError Validate(string code)
    {
        var normalized = Normalize(code);
        if (normalized.Length == 0)
            return CouponCodeError.Empty;
        if (normalized.Length < MinLength)
            return CouponCodeError.TooShort;
        if (normalized.Length > MaxLength)
            return CouponCodeError.TooLong;

        return ContainsOnlyCodeCharacters(normalized) ? CouponCodeError.None : CouponCodeError.InvalidCharacters;
    }

    /// <summary>
    /// True when every character is an ASCII upper-case letter or digit (an empty string qualifies).
    /// </summary>
    public static bool ContainsOnlyCodeCharacters(string normalized) =>
        normalized.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9'));

    /// <summary>
    /// Builds the set that uniqueness checks run against from the coupon codes of all the store's discounts.
    /// nopCommerce neither enforces unique codes nor compares them with case, so the set ignores case; codes typed
    /// with full-width or other compatibility characters are folded too, because a case-insensitive culture comparison
    /// may treat them as equal to a plain ASCII code.
    /// </summary>
    public static HashSet<string> CreateTakenSet(IEnumerable<string> existingCodes)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in existingCodes ?? [])
        {
            if (string.IsNullOrWhiteSpace(code))
                continue;

            var normalized = Normalize(code);
            taken.Add(normalized);
            if (!normalized.IsNormalized(NormalizationForm.FormKC))
                taken.Add(Normalize(normalized.Normalize(NormalizationForm.FormKC)));
        }

        return taken;
    }

    /// <summary>
    /// The readable start of a code made from an affiliate's name or handle ("Zoë Müller" → "ZOEMULLER"): accents removed,
    /// a few letters transliterated, everything but ASCII letters and digits dropped, cut to <paramref name="maxLength"/>.
    /// Empty when nothing usable is left (symbols, emoji, non-Latin scripts).
    /// </summary>
    public static string StemFromName(string name, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(name) || maxLength <= 0)
            return string.Empty;

        var builder = new StringBuilder(Math.Min(name.Length, maxLength));
        foreach (var c in LatinFolding.FoldToAscii(name))
        {
            if (c != '\0')
                builder.Append(c);

            if (builder.Length >= maxLength)
                break;
        }

        var stem = builder.ToString().ToUpperInvariant();
        return stem.Length > maxLength ? stem[..maxLength] : stem;
    }
}
