using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class DashboardPeriodRuleTests
{
    private static readonly DateOnly Today = new(2026, 6, 30);

    // days, from, to → expected from, to, preset, error
    [TestCase(null, null, null, "2026-06-01", "2026-06-30", 30, DashboardPeriodError.None)]
    [TestCase("", " ", "", "2026-06-01", "2026-06-30", 30, DashboardPeriodError.None)]
    [TestCase("7", null, null, "2026-06-24", "2026-06-30", 7, DashboardPeriodError.None)]
    [TestCase(" 90 ", null, null, "2026-04-02", "2026-06-30", 90, DashboardPeriodError.None)]
    [TestCase("365", null, null, "2025-07-01", "2026-06-30", 365, DashboardPeriodError.None)]
    [TestCase("8", null, null, "2026-06-01", "2026-06-30", 30, DashboardPeriodError.InvalidDays)]
    [TestCase("-7", null, null, "2026-06-01", "2026-06-30", 30, DashboardPeriodError.InvalidDays)]
    [TestCase("+7", null, null, "2026-06-01", "2026-06-30", 30, DashboardPeriodError.InvalidDays)]
    [TestCase("7.0", null, null, "2026-06-01", "2026-06-30", 30, DashboardPeriodError.InvalidDays)]
    [TestCase("99999999999999999999", null, null, "2026-06-01", "2026-06-30", 30, DashboardPeriodError.InvalidDays)]
    [TestCase("abc", null, null, "2026-06-01", "2026-06-30", 30, DashboardPeriodError.InvalidDays)]
    [TestCase(null, "2026-06-10", "2026-06-12", "2026-06-10", "2026-06-12", null, DashboardPeriodError.None)]
    [TestCase("7", "2026-06-10", "2026-06-12", "2026-06-10", "2026-06-12", null, DashboardPeriodError.None)]
    [TestCase(null, "2026-06-10", "2026-06-10", "2026-06-10", "2026-06-10", null, DashboardPeriodError.None)]
    [TestCase(null, "2026-06-10", null, "2026-06-10", "2026-06-30", null, DashboardPeriodError.None)]
    [TestCase(null, null, "2026-06-10", "2026-05-12", "2026-06-10", null, DashboardPeriodError.None)]
    [TestCase(null, "2026-06-10", "2027-01-01", "2026-06-10", "2026-06-30", null, DashboardPeriodError.None)]
    [TestCase(null, "2026-07-10", "2027-01-01", "2026-06-01", "2026-06-30", 30, DashboardPeriodError.FromAfterTo)]
    [TestCase(null, "2026-06-12", "2026-06-10", "2026-06-01", "2026-06-30", 30, DashboardPeriodError.FromAfterTo)]
    [TestCase(null, "2025-06-29", "2026-06-30", "2026-06-01", "2026-06-30", 30, DashboardPeriodError.TooLong)]
    [TestCase(null, "2025-06-30", "2026-06-30", "2025-06-30", "2026-06-30", null, DashboardPeriodError.None)]
    [TestCase(null, "2026-02-30", null, "2026-06-01", "2026-06-30", 30, DashboardPeriodError.InvalidDate)]
    [TestCase(null, "10/06/2026", null, "2026-06-01", "2026-06-30", 30, DashboardPeriodError.InvalidDate)]
    [TestCase(null, "2026-06-10T00:00", null, "2026-06-01", "2026-06-30", 30, DashboardPeriodError.InvalidDate)]
    [TestCase(null, null, "2026-6-1", "2026-06-01", "2026-06-30", 30, DashboardPeriodError.InvalidDate)]
    [TestCase(null, "' or 1=1 --", null, "2026-06-01", "2026-06-30", 30, DashboardPeriodError.InvalidDate)]
    public void Resolve_Table(string days, string from, string to, string expectedFrom, string expectedTo, int? expectedPreset, DashboardPeriodError expectedError)
    {
        var result = DashboardPeriodRule.Resolve(days, from, to, Today);

        Assert.That((result.Period.From, result.Period.To, result.PresetDays, result.Error),
            Is.EqualTo((DateOnly.Parse(expectedFrom), DateOnly.Parse(expectedTo), expectedPreset, expectedError)));
    }

    [Test]
    public void Resolve_OverlongDate_Refused()
    {
        Assert.That(DashboardPeriodRule.Resolve(null, new string('2', 5000), null, Today).Error, Is.EqualTo(DashboardPeriodError.InvalidDate));
    }

    [TestCase(null, 0)]
    [TestCase("", 0)]
    [TestCase("3", 3)]
    [TestCase(" 3 ", 3)]
    [TestCase("-1", 0)]
    [TestCase("x", 0)]
    [TestCase("2147483648", 0)]
    [TestCase("100001", 100000)]
    public void ParsePage_Table(string page, int expected)
    {
        Assert.That(DashboardPeriodRule.ParsePage(page), Is.EqualTo(expected));
    }
}
