namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Turns per-day totals read from the database (only days that had something) into one entry per day of the period.
/// </summary>
public static class DailySeries
{
    /// <summary>
    /// Every day of <paramref name="period"/> in order; days without data are zero, rows outside the period are
    /// dropped and rows for the same day are added together.
    /// </summary>
    public static IReadOnlyList<DailyCounts> Fill(StatisticsPeriod period, IEnumerable<DailyCounts> rows)
    {
        var byDay = new Dictionary<DateOnly, DailyCounts>();
        foreach (var row in rows ?? [])
        {
            if (row is null || row.Day < period.From || row.Day > period.To)
                continue;

            byDay[row.Day] = byDay.TryGetValue(row.Day, out var existing)
                ? new DailyCounts(row.Day, existing.Clicks + row.Clicks, existing.Conversions + row.Conversions, existing.Earnings + row.Earnings)
                : row;
        }

        var series = new List<DailyCounts>(period.Days);
        for (var day = period.From; day <= period.To; day = day.AddDays(1))
            series.Add(byDay.TryGetValue(day, out var counts) ? counts : new DailyCounts(day, 0, 0, 0m));

        return series;
    }
}
