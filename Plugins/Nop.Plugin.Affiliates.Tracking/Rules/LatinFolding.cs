using System.Globalization;
using System.Text;

namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Folds text typed by people into plain ASCII for readable identifiers: slugs and coupon-code stems.
/// </summary>
public static class LatinFolding
{
    // Letters that Unicode does not decompose into a base letter plus marks.
    private static readonly Dictionary<char, string> _transliterations = new()
    {
        ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['ø'] = "o", ['đ'] = "d", ['ł'] = "l", ['þ'] = "th", ['ð'] = "d", ['ı'] = "i"
    };

    /// <summary>
    /// Each character as lower-case ASCII: letters and digits as themselves, accented letters, ligatures and full-width
    /// forms as their plain letters, everything else (spaces, punctuation, other scripts) as <c>'\0'</c>, a separator.
    /// </summary>
    public static IEnumerable<char> FoldToAscii(string text)
    {
        if (string.IsNullOrEmpty(text))
            yield break;

        // Compatibility decomposition also turns full-width letters and ligatures ("ﬁ") into plain ones.
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;

            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
                yield return lower;
            else if (_transliterations.TryGetValue(lower, out var latin))
            {
                foreach (var letter in latin)
                    yield return letter;
            }
            else
                yield return '\0';
        }
    }
}
