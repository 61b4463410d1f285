namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Which UTC days of clicks are closed and may be rolled up. Today and yesterday stay open: clicks reach the database
/// through a buffer, so a click stamped just before midnight can still arrive after it; older days no longer change.
/// </summary>
public static class ClickRollupDays
{
    public const int OpenDays = 2;

    /// <summary>
    /// The first day still counted from the clicks themselves; every day before it is closed.
    /// </summary>
    public static DateOnly FirstOpenDay(DateOnly today) => today.AddDays(-(OpenDays - 1));

    /// <summary>
    /// The closed days of a period (From..To, both included), or null when the period has none.
    /// </summary>
    public static StatisticsPeriod? ClosedPart(StatisticsPeriod period, DateOnly today)
    {
        var lastClosed = FirstOpenDay(today).AddDays(-1);
        if (period.From > lastClosed)
            return null;

        return new StatisticsPeriod(period.From, period.To < lastClosed ? period.To : lastClosed);
    }
}
