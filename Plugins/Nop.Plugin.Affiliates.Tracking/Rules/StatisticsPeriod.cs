namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// The days a dashboard shows, both included, in UTC days: never in the future, never reversed, never longer than
/// <see cref="MaxDays"/> (a chart of one bar per day stays readable and its queries stay bounded).
/// </summary>
public readonly record struct StatisticsPeriod(DateOnly From, DateOnly To)
{
    public const int DefaultDays = 30;

    public const int MaxDays = 366;

    public int Days => To.DayNumber - From.DayNumber + 1;

    public DateTime StartUtc => From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>
    /// The instant after the period (exclusive end).
    /// </summary>
    public DateTime EndUtc => To.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(1);

    /// <summary>
    /// Clamps what a user asked for: no end means today; an end after today is today; reversed dates are swapped; no start means
    /// the <see cref="DefaultDays"/> days up to the (clamped) end; a span over <see cref="MaxDays"/>
    /// keeps its end and loses its oldest days.
    /// </summary>
    public static StatisticsPeriod Resolve(DateOnly? from, DateOnly? to, DateOnly today)
    {
        var end = to ?? today;
        var start = from;
        if (start > end)
            (start, end) = (end, start.Value);
        if (end > today)
            end = today;

        var first = start ?? end.AddDays(-(DefaultDays - 1));
        if (first > end)
            first = end;
        if (end.DayNumber - first.DayNumber + 1 > MaxDays)
            first = end.AddDays(-(MaxDays - 1));

        return new StatisticsPeriod(first, end);
    }

    public bool Contains(DateTime utc) => utc >= StartUtc && utc < EndUtc;
}
