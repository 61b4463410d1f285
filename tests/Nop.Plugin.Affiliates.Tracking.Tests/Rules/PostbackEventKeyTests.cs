using System.Globalization;
using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class PostbackEventKeyTests
{
    [TestCase(17, "approved", 12.3, "17:approved:12.3000")]
    [TestCase(17, "Approved", 12.30, "17:approved:12.3000")]
    [TestCase(17, null, 0, "17::0.0000")]
    [TestCase(17, "adjusted", -4.5, "17:adjusted:-4.5000")]
    public void For_Change_IsCommissionStatusAndAmount(int commissionId, string status, decimal commission, string expected)
    {
        Assert.That(PostbackEventKey.For(commissionId, status, commission), Is.EqualTo(expected));
    }

    [Test]
    public void For_OtherCulture_IsInvariant()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
            Assert.That(PostbackEventKey.For(1, "pending", 1234.5m), Is.EqualTo("1:pending:1234.5000"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Test]
    public void For_LargestAmount_FitsTheColumn()
    {
        Assert.That(PostbackEventKey.For(int.MaxValue, "reversed", -99999999999999.9999m).Length, Is.LessThanOrEqualTo(PostbackEventKey.MaxLength));
    }

    [Test]
    public void For_NewStatusOrAmount_IsANewKey()
    {
        var keys = new[]
        {
            PostbackEventKey.For(1, "pending", 10m), PostbackEventKey.For(1, "approved", 10m),
            PostbackEventKey.For(1, "pending", 8m), PostbackEventKey.For(2, "pending", 10m)
        };

        Assert.That(keys, Is.Unique);
    }
}
