using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class CommissionSettingsRulesTests
{
    [TestCase("-0.01", false)]
    [TestCase("0", true)]
    [TestCase("12.5", true)]
    [TestCase("100", true)]
    [TestCase("100.01", false)]
    public void IsValidPercentage_Value_MatchesRange(decimal percentage, bool expected)
    {
        Assert.That(CommissionSettingsRules.IsValidPercentage(percentage), Is.EqualTo(expected));
    }

    [TestCase("-1", false)]
    [TestCase("0", true)]
    [TestCase("1000000", true)]
    [TestCase("1000000.01", false)]
    public void IsValidAmount_Value_MatchesRange(decimal amount, bool expected)
    {
        Assert.That(CommissionSettingsRules.IsValidAmount(amount), Is.EqualTo(expected));
    }

    [TestCase(-1, false)]
    [TestCase(0, true)]
    [TestCase(30, true)]
    [TestCase(365, true)]
    [TestCase(366, false)]
    public void IsValidHoldPeriod_Days_MatchesRange(int days, bool expected)
    {
        Assert.That(CommissionSettingsRules.IsValidHoldPeriod(days), Is.EqualTo(expected));
    }
}
