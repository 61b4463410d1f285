namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Reads the typed-codes box: one affiliate per line, "handle=CODE" (also "handle,CODE", "handle;CODE" or a tab).
/// Blank lines are skipped; a line without both parts is reported by number.
/// </summary>
public static class TypedCodeLineParser
{
    public const int MaxLines = 10_000;

    private static readonly char[] _separators = ['=', ',', ';', '\t'];

    public static IReadOnlyList<TypedCodeLine> Parse(string text, out IReadOnlyList<int> malformedLineNumbers)
    {
        var lines = new List<TypedCodeLine>();
        var malformed = new List<int>();
        malformedLineNumbers = malformed;
        if (string.IsNullOrWhiteSpace(text))
            return lines;

        var rows = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        for (var index = 0; index < rows.Length; index++)
        {
            var row = rows[index].Trim();
            if (row.Length == 0)
                continue;

            var separator = row.IndexOfAny(_separators);
            var key = separator > 0 ? row[..separator].Trim() : string.Empty;
            var code = separator > 0 ? row[(separator + 1)..].Trim() : string.Empty;
            if (key.Length == 0 || code.Length == 0)
                malformed.Add(index + 1);
            else
                lines.Add(new TypedCodeLine(index + 1, key, code));
        }

        return lines;
    }
}
