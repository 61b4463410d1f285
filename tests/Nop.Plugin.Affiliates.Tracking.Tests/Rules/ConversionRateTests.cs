using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class ConversionRateTests
{
    [TestCase(0L, 0L, "0")]
    [TestCase(5L, 0L, "0")]
    [TestCase(0L, 100L, "0")]
    [TestCase(1L, 100L, "1")]
    [TestCase(1L, 3L, "33.33")]
    [TestCase(2L, 3L, "66.67")]
    [TestCase(1L, 8L, "12.5")]
    [TestCase(1L, 800L, "0.13")]
    [TestCase(1L, 80000L, "0")]
    [TestCase(1L, 40000L, "0")]
    [TestCase(1L, 20000L, "0.01")]
    [TestCase(100L, 100L, "100")]
    [TestCase(3L, 2L, "150")]
    [TestCase(-1L, 10L, "0")]
    [TestCase(1L, -10L, "0")]
    [TestCase(1_000_000L, 10_000_000L, "10")]
    [TestCase(long.MaxValue / 1000, long.MaxValue / 1000, "100")]
    public void Percent_ConversionsAndClicks_RoundedToTwoDecimals(long conversions, long clicks, string expected)
    {
        Assert.That(ConversionRate.Percent(conversions, clicks), Is.EqualTo(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
