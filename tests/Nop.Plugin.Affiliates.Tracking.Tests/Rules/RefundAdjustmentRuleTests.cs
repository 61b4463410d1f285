using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class RefundAdjustmentRuleTests
{
    [TestCase(10, 100, 0, 10)]
    [TestCase(10, 100, 25, 7.5)]
    [TestCase(10, 100, 50, 5)]
    [TestCase(10, 100, 99.99, 0)]
    [TestCase(10, 100, 100, 0)]
    [TestCase(10, 100, 150, 0)]
    [TestCase(10, 100, -5, 10)]
    [TestCase(10, 0, 5, 10)]
    [TestCase(0, 100, 10, 0)]
    [TestCase(-3, 100, 10, 0)]
    [TestCase(3.33, 30, 10, 2.22)]
    [TestCase(1, 3, 1, 0.67)]
    public void AmountAfterRefunds_CumulativeRefund_ReducesProRataRoundedToCents(decimal original, decimal total, decimal refunded, decimal expected)
    {
        Assert.That(RefundAdjustmentRule.AmountAfterRefunds(original, total, refunded), Is.EqualTo(expected));
    }

    [TestCase(100, 100, true)]
    [TestCase(100, 100.01, true)]
    [TestCase(100, 99.99, false)]
    [TestCase(0, 0, false)]
    [TestCase(0, 10, false)]
    public void IsFullRefund_RefundedReachesTotal_True(decimal total, decimal refunded, bool expected)
    {
        Assert.That(RefundAdjustmentRule.IsFullRefund(total, refunded), Is.EqualTo(expected));
    }

    [Test]
    public void AmountAfterRefunds_TwoPartialRefundsInEitherOrder_SameAsOneOfTheirSum()
    {
        // The ledger keeps cumulative amounts: 30 then 20 is 50 whichever event came first.
        Assert.That(RefundAdjustmentRule.AmountAfterRefunds(12m, 120m, 50m), Is.EqualTo(7m));
    }
}
