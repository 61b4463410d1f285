namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// One field of an RFC 4180 CSV line: quoted when it holds a comma, a quote or a line break, inner quotes doubled.
/// </summary>
public static class CsvField
{
    public static string Format(string value)
    {
        if (string.IsNullOrEmpty(value))
            return string.Empty;

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + value.Replace("\"", "\"\"") + "\""
            : value;
    }

    /// <summary>
    /// Text typed by people (names, codes): guarded against formula injection, then formatted.
    /// </summary>
    public static string FormatText(string value) => Format(CsvCellGuard.Protect(value));
}
