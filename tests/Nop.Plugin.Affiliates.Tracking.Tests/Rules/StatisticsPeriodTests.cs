using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class StatisticsPeriodTests
{
    private const string Today = "2026-05-20";

    [TestCase(null, null, "2026-04-21", "2026-05-20", 30, TestName = "Resolve_NoDates_Last30DaysToToday")]
    [TestCase("2026-05-01", null, "2026-05-01", "2026-05-20", 20, TestName = "Resolve_OnlyFrom_UntilToday")]
    [TestCase(null, "2026-03-31", "2026-03-02", "2026-03-31", 30, TestName = "Resolve_OnlyTo_30DaysBefore")]
    [TestCase("2026-05-20", "2026-05-20", "2026-05-20", "2026-05-20", 1, TestName = "Resolve_OneDay_OneDay")]
    [TestCase("2026-05-10", "2026-05-01", "2026-05-01", "2026-05-10", 10, TestName = "Resolve_Reversed_Swapped")]
    [TestCase("2026-05-01", "2026-06-30", "2026-05-01", "2026-05-20", 20, TestName = "Resolve_EndInFuture_Today")]
    [TestCase("2026-06-01", "2026-06-30", "2026-05-20", "2026-05-20", 1, TestName = "Resolve_WhollyInFuture_Today")]
    [TestCase(null, "2026-06-30", "2026-04-21", "2026-05-20", 30, TestName = "Resolve_OnlyToInFuture_DefaultBeforeToday")]
    [TestCase("2025-05-20", "2026-05-20", "2025-05-20", "2026-05-20", 366, TestName = "Resolve_366Days_Kept")]
    [TestCase("2025-05-19", "2026-05-20", "2025-05-20", "2026-05-20", 366, TestName = "Resolve_367Days_OldestDayDropped")]
    [TestCase("2000-01-01", "2026-05-20", "2025-05-20", "2026-05-20", 366, TestName = "Resolve_Decades_ClampedToMax")]
    [TestCase("2024-02-01", "2024-02-29", "2024-02-01", "2024-02-29", 29, TestName = "Resolve_LeapFebruary_29Days")]
    public void Resolve_Table(string from, string to, string expectedFrom, string expectedTo, int expectedDays)
    {
        var period = StatisticsPeriod.Resolve(Day(from), Day(to), Day(Today).Value);

        Assert.That(period.From, Is.EqualTo(Day(expectedFrom)));
        Assert.That(period.To, Is.EqualTo(Day(expectedTo)));
        Assert.That(period.Days, Is.EqualTo(expectedDays));
    }

    [Test]
    public void Bounds_Period_HalfOpenUtc()
    {
        var period = new StatisticsPeriod(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31));

        Assert.That(period.StartUtc, Is.EqualTo(new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.That(period.EndUtc, Is.EqualTo(new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.That(period.StartUtc.Kind, Is.EqualTo(DateTimeKind.Utc));
        Assert.That(period.Contains(new DateTime(2026, 4, 30, 23, 59, 59, DateTimeKind.Utc)), Is.False);
        Assert.That(period.Contains(period.StartUtc), Is.True);
        Assert.That(period.Contains(new DateTime(2026, 5, 31, 23, 59, 59, DateTimeKind.Utc)), Is.True);
        Assert.That(period.Contains(period.EndUtc), Is.False);
    }

    private static DateOnly? Day(string value) => value is null ? null : DateOnly.ParseExact(value, "yyyy-MM-dd");
}
