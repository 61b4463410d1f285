namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// A report filter's dates as a half-open UTC range [StartUtc, EndUtc); a missing side is open.
/// </summary>
public readonly record struct ReportDateRange(DateTime? StartUtc, DateTime? EndUtc)
{
    /// <summary>
    /// From the first day to the last day, both included (times of day are ignored). Reversed dates are swapped,
    /// so a range typed backwards still means the days between them.
    /// </summary>
    public static ReportDateRange FromDays(DateTime? fromDay, DateTime? toDay)
    {
        var from = fromDay?.Date;
        var to = toDay?.Date;
        if (from > to)
            (from, to) = (to, from);

        var start = from.HasValue ? DateTime.SpecifyKind(from.Value, DateTimeKind.Utc) : (DateTime?)null;

        // The day after DateTime.MaxValue's day does not exist; an end that far is no end at all.
        DateTime? end = to.HasValue && to.Value < DateTime.MaxValue.Date
            ? DateTime.SpecifyKind(to.Value.AddDays(1), DateTimeKind.Utc)
            : null;

        return new ReportDateRange(start, end);
    }

    public bool Contains(DateTime utc) => (!StartUtc.HasValue || utc >= StartUtc.Value) && (!EndUtc.HasValue || utc < EndUtc.Value);
}
