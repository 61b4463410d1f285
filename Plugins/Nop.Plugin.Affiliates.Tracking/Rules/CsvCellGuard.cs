namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Keeps text a spreadsheet would run as a formula inert (CSV injection): a cell starting with =, +, -, @, a tab or a
/// carriage return gets a leading apostrophe. Quoting of commas, quotes and line breaks is the CSV writer's job.
/// </summary>
public static class CsvCellGuard
{
    public static string Protect(string value)
    {
        if (string.IsNullOrEmpty(value))
            return value ?? string.Empty;

        return value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
    }
}
