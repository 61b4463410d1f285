using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class LedgerInputRulesTests
{
    [TestCase(0, true)]
    [TestCase(100, true)]
    [TestCase(1_000_000_000, true)]
    [TestCase(1_000_000_000.01, false)]
    [TestCase(-0.01, false)]
    public void IsPlausibleOrderAmount_Range(decimal amount, bool expected)
    {
        Assert.That(LedgerInputRules.IsPlausibleOrderAmount(amount), Is.EqualTo(expected));
    }

    [TestCase(10, 100, 10, true)]
    [TestCase(100, 100, 100, true)]
    [TestCase(0, 100, 10, false)]
    [TestCase(-10, 100, 10, false)]
    [TestCase(101, 100, 101, false)]
    [TestCase(20, 100, 10, false)]
    [TestCase(10, -100, 10, false)]
    [TestCase(10, 2_000_000_000, 10, false)]
    public void IsValidRefund_AmountTotalAndCumulative(decimal amount, decimal total, decimal cumulative, bool expected)
    {
        Assert.That(LedgerInputRules.IsValidRefund(amount, total, cumulative), Is.EqualTo(expected));
    }
}
