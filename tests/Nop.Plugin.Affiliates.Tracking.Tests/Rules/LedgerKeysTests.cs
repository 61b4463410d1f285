using System.Globalization;
using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class LedgerKeysTests
{
    [Test]
    public void Keys_AreStableAndCultureInvariant()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
        try
        {
            Assert.Multiple(() =>
            {
                Assert.That(LedgerKeys.Refund(12.5m), Is.EqualTo("refund:12.5000"));
                Assert.That(LedgerKeys.Refund(12.50m), Is.EqualTo(LedgerKeys.Refund(12.5000m)));
                Assert.That(LedgerKeys.Reversal(2), Is.EqualTo("reverse:2"));
                Assert.That(LedgerKeys.Reinstatement(1), Is.EqualTo("reinstate:1"));
                Assert.That(LedgerKeys.Payout(3), Is.EqualTo("payout:3"));
                Assert.That(LedgerKeys.PayoutPaid(44), Is.EqualTo("payoutpaid:44"));
                Assert.That(LedgerKeys.ForOrder(1000, LedgerKeys.OrderPaid), Is.EqualTo("1000/paid"));
            });
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Test]
    public void ForOrder_LongestKey_FitsTheColumn()
    {
        var longest = LedgerKeys.ForOrder(int.MaxValue, LedgerKeys.Refund(LedgerInputRules.MaxOrderAmount));

        Assert.That(longest.Length, Is.LessThanOrEqualTo(LedgerKeys.MaxLength));
    }
}
