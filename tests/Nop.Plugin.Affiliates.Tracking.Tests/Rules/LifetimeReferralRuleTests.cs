using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class LifetimeReferralRuleTests
{
    private static readonly DateTime ReferredOn = new(2026, 1, 31, 10, 0, 0, DateTimeKind.Utc);

    [TestCase(LifetimeCommissionMode.Off, 12, 1, false)]
    [TestCase(LifetimeCommissionMode.Forever, 0, 0, true)]
    [TestCase(LifetimeCommissionMode.Forever, 0, 36500, true)]
    [TestCase(LifetimeCommissionMode.Forever, 0, -1, false)]
    [TestCase(LifetimeCommissionMode.ForMonths, 1, 0, true)]
    [TestCase(LifetimeCommissionMode.ForMonths, 1, 27, true)]
    [TestCase(LifetimeCommissionMode.ForMonths, 1, 28, false)]
    [TestCase(LifetimeCommissionMode.ForMonths, 12, 364, true)]
    [TestCase(LifetimeCommissionMode.ForMonths, 12, 365, false)]
    [TestCase(LifetimeCommissionMode.ForMonths, 0, 1, false)]
    [TestCase(LifetimeCommissionMode.ForMonths, 121, 1, false)]
    [TestCase(LifetimeCommissionMode.ForMonths, 6, -1, false)]
    [TestCase((LifetimeCommissionMode)99, 6, 1, false)]
    public void Credits_ModeMonthsAndDaysAfterReferral_AsConfigured(LifetimeCommissionMode mode, int months, int days, bool expected)
    {
        // Referred on 31 January: one month later is 28 February (AddMonths clamps to the month's end).
        Assert.That(LifetimeReferralRule.Credits(mode, months, ReferredOn, ReferredOn.AddDays(days)), Is.EqualTo(expected));
    }

    [TestCase(0, false)]
    [TestCase(1, true)]
    [TestCase(120, true)]
    [TestCase(121, false)]
    public void IsValidMonths_Range(int months, bool expected)
    {
        Assert.That(LifetimeReferralRule.IsValidMonths(months), Is.EqualTo(expected));
    }
}
