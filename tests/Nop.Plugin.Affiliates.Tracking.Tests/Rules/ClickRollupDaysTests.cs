using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class ClickRollupDaysTests
{
    [TestCase("2026-05-20", "2026-05-19", TestName = "FirstOpenDay_Yesterday")]
    [TestCase("2026-03-01", "2026-02-28", TestName = "FirstOpenDay_AcrossMonthEnd")]
    [TestCase("2024-03-01", "2024-02-29", TestName = "FirstOpenDay_LeapDay")]
    public void FirstOpenDay(string today, string expected)
    {
        Assert.That(ClickRollupDays.FirstOpenDay(DateOnly.Parse(today)), Is.EqualTo(DateOnly.Parse(expected)));
    }

    [TestCase("2026-04-21", "2026-05-20", "2026-05-20", "2026-04-21", "2026-05-18", TestName = "ClosedPart_EndsTodayLast30Days_AllButTwoDays")]
    [TestCase("2026-04-01", "2026-04-30", "2026-05-20", "2026-04-01", "2026-04-30", TestName = "ClosedPart_LongAgo_Whole")]
    [TestCase("2026-05-01", "2026-05-18", "2026-05-20", "2026-05-01", "2026-05-18", TestName = "ClosedPart_EndsTheDayBeforeYesterday_Whole")]
    [TestCase("2026-05-01", "2026-05-19", "2026-05-20", "2026-05-01", "2026-05-18", TestName = "ClosedPart_EndsYesterday_WithoutYesterday")]
    [TestCase("2026-05-18", "2026-05-18", "2026-05-20", "2026-05-18", "2026-05-18", TestName = "ClosedPart_OneClosedDay_ThatDay")]
    [TestCase("2026-05-19", "2026-05-20", "2026-05-20", null, null, TestName = "ClosedPart_YesterdayAndToday_None")]
    [TestCase("2026-05-20", "2026-05-20", "2026-05-20", null, null, TestName = "ClosedPart_Today_None")]
    public void ClosedPart(string from, string to, string today, string expectedFrom, string expectedTo)
    {
        var closed = ClickRollupDays.ClosedPart(new StatisticsPeriod(DateOnly.Parse(from), DateOnly.Parse(to)), DateOnly.Parse(today));

        Assert.That(closed, Is.EqualTo(expectedFrom is null ? null : new StatisticsPeriod(DateOnly.Parse(expectedFrom), DateOnly.Parse(expectedTo))));
    }
}
