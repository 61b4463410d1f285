using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class CouponJobProgressTests
{
    [TestCase(0, 760, false, 0)]
    [TestCase(250, 760, false, 32)]
    [TestCase(500, 760, false, 65)]
    [TestCase(759, 760, false, 99)]
    [TestCase(760, 760, false, 99)]
    [TestCase(800, 760, false, 99)]
    [TestCase(760, 760, true, 100)]
    [TestCase(0, 0, true, 100)]
    [TestCase(0, 0, false, 0)]
    [TestCase(-5, 10, false, 0)]
    [TestCase(5, -10, false, 0)]
    [TestCase(int.MaxValue, int.MaxValue, false, 99)]
    [TestCase(1, 10_000, false, 0)]
    [TestCase(100, 10_000, false, 1)]
    public void Percent_ReturnsBoundedWholePercent(int processed, int total, bool completed, int expected)
    {
        Assert.That(CouponJobProgress.Percent(processed, total, completed), Is.EqualTo(expected));
    }
}
