using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class ReportDateRangeTests
{
    [TestCase(null, null, null, null)]
    [TestCase("2026-03-01", null, "2026-03-01", null)]
    [TestCase(null, "2026-03-31", null, "2026-04-01")]
    [TestCase("2026-03-01", "2026-03-31", "2026-03-01", "2026-04-01")]
    [TestCase("2026-03-01", "2026-03-01", "2026-03-01", "2026-03-02")]
    [TestCase("2026-03-31", "2026-03-01", "2026-03-01", "2026-04-01")]
    [TestCase("2026-03-01 17:45", "2026-03-02 08:00", "2026-03-01", "2026-03-03")]
    [TestCase("2024-02-28", "2024-02-29", "2024-02-28", "2024-03-01")]
    [TestCase("2026-12-31", "2026-12-31", "2026-12-31", "2027-01-01")]
    public void FromDays_Days_HalfOpenUtcRange(string from, string to, string expectedStart, string expectedEnd)
    {
        var range = ReportDateRange.FromDays(Parse(from), Parse(to));

        Assert.That(range.StartUtc, Is.EqualTo(Parse(expectedStart)));
        Assert.That(range.EndUtc, Is.EqualTo(Parse(expectedEnd)));
        Assert.That(range.StartUtc?.Kind ?? DateTimeKind.Utc, Is.EqualTo(DateTimeKind.Utc));
        Assert.That(range.EndUtc?.Kind ?? DateTimeKind.Utc, Is.EqualTo(DateTimeKind.Utc));
    }

    [Test]
    public void FromDays_MaxValueDay_HasNoEnd()
    {
        var range = ReportDateRange.FromDays(DateTime.MinValue, DateTime.MaxValue);

        Assert.That(range.StartUtc, Is.EqualTo(DateTime.MinValue));
        Assert.That(range.EndUtc, Is.Null);
    }

    [TestCase("2026-02-28 23:59:59", false)]
    [TestCase("2026-03-01 00:00:00", true)]
    [TestCase("2026-03-31 23:59:59", true)]
    [TestCase("2026-04-01 00:00:00", false)]
    public void Contains_Instant_InsideDaysOnly(string instant, bool expected)
    {
        var range = ReportDateRange.FromDays(new DateTime(2026, 3, 1), new DateTime(2026, 3, 31));

        Assert.That(range.Contains(Parse(instant).Value), Is.EqualTo(expected));
    }

    [Test]
    public void Contains_OpenRange_ContainsEverything()
    {
        Assert.That(default(ReportDateRange).Contains(DateTime.MinValue), Is.True);
        Assert.That(default(ReportDateRange).Contains(DateTime.MaxValue), Is.True);
    }

    private static DateTime? Parse(string value) =>
        value is null ? null : DateTime.SpecifyKind(DateTime.Parse(value, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
}
