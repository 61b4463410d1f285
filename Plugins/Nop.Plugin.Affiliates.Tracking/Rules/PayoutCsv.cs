using System.Globalization;
using System.Text;

namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Writes a payout batch as CSV (RFC 4180) in the shape mass-payment tools import: payout e-mail, amount, currency,
/// reference. Amounts use a dot and two decimals whatever the server's culture. A value that a spreadsheet would
/// run as a formula is prefixed with an apostrophe, because the e-mail comes from data affiliates can edit.
/// </summary>
public static class PayoutCsv
{
    public static readonly IReadOnlyList<string> Header = ["PayoutEmail", "Amount", "Currency", "Reference"];

    public static string Write(IEnumerable<PayoutCsvLine> lines)
    {
        var builder = new StringBuilder();
        AppendRow(builder, Header.Select(Escape));
        foreach (var line in lines ?? [])
        {
            // The amount is a number the tool must read as one: never prefixed.
            AppendRow(builder,
            [
                Escape(line.PayoutEmail),
                line.Amount.ToString("0.00", CultureInfo.InvariantCulture),
                Escape(line.CurrencyCode),
                Escape(line.Reference)
            ]);
        }

        return builder.ToString();
    }

    public static string Escape(string value)
    {
        value ??= string.Empty;
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            value = "'" + value;

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0
            ? "\"" + value.Replace("\"", "\"\"") + "\""
            : value;
    }

    private static void AppendRow(StringBuilder builder, IEnumerable<string> values)
    {
        builder.Append(string.Join(",", values));
        builder.Append("\r\n");
    }
}
