using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class AttributionWindowTests
{
    private static readonly DateTime ClickedOn = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [TestCase(0, true)]
    [TestCase(1, true)]
    [TestCase(29, true)]
    [TestCase(30, false)]
    [TestCase(31, false)]
    [TestCase(-1, false)]
    public void Contains_DaysAfterClickWithDefaultWindow_IsInsideUntilDay30(int days, bool expected)
    {
        Assert.That(new AttributionWindow(30).Contains(ClickedOn, ClickedOn.AddDays(days)), Is.EqualTo(expected));
    }

    [Test]
    public void Contains_OneTickBeforeTheEnd_IsInside()
    {
        var window = new AttributionWindow(30);

        Assert.That(window.Contains(ClickedOn, window.EndsOnUtc(ClickedOn).AddTicks(-1)), Is.True);
        Assert.That(window.Contains(ClickedOn, window.EndsOnUtc(ClickedOn)), Is.False);
    }

    [TestCase(0, true)]
    [TestCase(4, true)]
    [TestCase(5, true)]
    [TestCase(6, false)]
    public void Contains_MinutesBeforeClick_ToleratesClockSkewOfFiveMinutes(int minutesBefore, bool expected)
    {
        Assert.That(new AttributionWindow(30).Contains(ClickedOn, ClickedOn.AddMinutes(-minutesBefore)), Is.EqualTo(expected));
    }

    [TestCase(1)]
    [TestCase(7)]
    [TestCase(365)]
    public void EndsOnUtc_AnyValidWindow_IsClickPlusDays(int days)
    {
        Assert.That(new AttributionWindow(days).EndsOnUtc(ClickedOn), Is.EqualTo(ClickedOn.AddDays(days)));
    }

    [TestCase(0)]
    [TestCase(-30)]
    [TestCase(366)]
    public void Constructor_DaysOutOfRange_Throws(int days)
    {
        Assert.That(() => new AttributionWindow(days), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [TestCase(45, 45)]
    [TestCase(1, 1)]
    [TestCase(365, 365)]
    [TestCase(0, 30)]
    [TestCase(366, 30)]
    [TestCase(-7, 30)]
    public void FromSetting_StoredDays_UsesThemOrTheDefault(int stored, int expected)
    {
        Assert.That(AttributionWindow.FromSetting(stored).Days, Is.EqualTo(expected));
    }
}
