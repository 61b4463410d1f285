using System.Globalization;

namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Reads the period an affiliate asked for on their dashboard: a preset number of days up to today, or a from/to range
/// of yyyy-MM-dd days. Anything else is refused with a reason and the default period is shown instead, so a bad query
/// string never widens what is read.
/// </summary>
public static class DashboardPeriodRule
{
    public const int MaxDateLength = 10;

    public static IReadOnlyList<int> PresetDays { get; } = [7, 30, 90, 365];

    public static DashboardPeriod Resolve(string days, string from, string to, DateOnly today)
    {
        var fallback = new DashboardPeriod(LastDays(StatisticsPeriod.DefaultDays, today), StatisticsPeriod.DefaultDays, DashboardPeriodError.None);
        var hasFrom = !string.IsNullOrWhiteSpace(from);
        var hasTo = !string.IsNullOrWhiteSpace(to);
        if (hasFrom || hasTo)
        {
            DateOnly? start = null;
            DateOnly? end = null;
            if ((hasFrom && !TryParseDay(from, out start)) || (hasTo && !TryParseDay(to, out end)))
                return fallback with { Error = DashboardPeriodError.InvalidDate };

            var last = end ?? today;
            if (last > today)
                last = today;
            var first = start ?? last.AddDays(-(StatisticsPeriod.DefaultDays - 1));
            if (first > last)
                return fallback with { Error = DashboardPeriodError.FromAfterTo };
            if (last.DayNumber - first.DayNumber + 1 > StatisticsPeriod.MaxDays)
                return fallback with { Error = DashboardPeriodError.TooLong };

            return new DashboardPeriod(new StatisticsPeriod(first, last), null, DashboardPeriodError.None);
        }

        if (string.IsNullOrWhiteSpace(days))
            return fallback;

        if (!int.TryParse(days.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || !PresetDays.Contains(count))
            return fallback with { Error = DashboardPeriodError.InvalidDays };

        return new DashboardPeriod(LastDays(count, today), count, DashboardPeriodError.None);
    }

    /// <summary>
    /// A page number from a query string: missing, malformed or negative is the first page.
    /// </summary>
    public static int ParsePage(string page, int maxPage = 100_000) =>
        int.TryParse(page?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? Math.Min(value, maxPage) : 0;

    private static StatisticsPeriod LastDays(int days, DateOnly today) => new(today.AddDays(-(days - 1)), today);

    private static bool TryParseDay(string value, out DateOnly? day)
    {
        day = null;
        var text = value.Trim();
        if (text.Length > MaxDateLength
            || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            return false;

        day = parsed;
        return true;
    }
}
