using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class DailySeriesTests
{
    private static readonly StatisticsPeriod March1To3 = new(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 3));

    [Test]
    public void Fill_NoRows_ZeroForEveryDay()
    {
        var series = DailySeries.Fill(March1To3, []);

        Assert.That(series.Select(day => day.Day), Is.EqualTo(new[] { new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3) }));
        Assert.That(series.All(day => day is { Clicks: 0, Conversions: 0, Earnings: 0m }), Is.True);
    }

    [Test]
    public void Fill_NullRows_ZeroForEveryDay()
    {
        Assert.That(DailySeries.Fill(March1To3, null), Has.Count.EqualTo(3));
    }

    [Test]
    public void Fill_RowsOutOfOrderAndSameDay_AddedTogetherInDayOrder()
    {
        var series = DailySeries.Fill(March1To3,
        [
            new DailyCounts(new DateOnly(2026, 3, 3), 7, 0, 0m),
            new DailyCounts(new DateOnly(2026, 3, 1), 10, 0, 0m),
            new DailyCounts(new DateOnly(2026, 3, 1), 0, 2, 4.50m),
            new DailyCounts(new DateOnly(2026, 3, 1), 0, 1, 1.25m)
        ]);

        Assert.That(series, Is.EqualTo(new[]
        {
            new DailyCounts(new DateOnly(2026, 3, 1), 10, 3, 5.75m),
            new DailyCounts(new DateOnly(2026, 3, 2), 0, 0, 0m),
            new DailyCounts(new DateOnly(2026, 3, 3), 7, 0, 0m)
        }));
    }

    [TestCase(2026, 2, 28)]
    [TestCase(2026, 3, 4)]
    public void Fill_RowOutsidePeriod_Dropped(int year, int month, int day)
    {
        var series = DailySeries.Fill(March1To3, [new DailyCounts(new DateOnly(year, month, day), 5, 5, 5m), null]);

        Assert.That(series.Sum(entry => entry.Clicks + entry.Conversions), Is.Zero);
    }

    [Test]
    public void Fill_MaxPeriod_OneEntryPerDay()
    {
        var period = StatisticsPeriod.Resolve(null, null, new DateOnly(2026, 5, 20)) with { From = new DateOnly(2025, 5, 20) };

        var series = DailySeries.Fill(period, []);

        Assert.That(series, Has.Count.EqualTo(StatisticsPeriod.MaxDays));
        Assert.That(series[^1].Day, Is.EqualTo(new DateOnly(2026, 5, 20)));
    }
}
