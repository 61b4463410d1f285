using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class PayoutRuleTests
{
    [TestCase(50, 50, true)]
    [TestCase(49.99, 50, false)]
    [TestCase(120, 50, true)]
    [TestCase(0.01, 0, true)]
    [TestCase(0, 0, false)]
    [TestCase(-5, 0, false)]
    [TestCase(-5, -10, false)]
    [TestCase(5, -10, true)]
    public void IsPayable_BalanceAndMinimum(decimal balance, decimal minimum, bool expected)
    {
        Assert.That(PayoutRule.IsPayable(balance, minimum), Is.EqualTo(expected));
    }

    [Test]
    public void References_AreDateBatchAndAffiliate()
    {
        var batch = PayoutRule.BatchReference(new DateTime(2026, 5, 4, 23, 0, 0, DateTimeKind.Utc), 12);

        Assert.That(batch, Is.EqualTo("AFF-20260504-12"));
        Assert.That(PayoutRule.LineReference(batch, 7), Is.EqualTo("AFF-20260504-12-7"));
    }
}
