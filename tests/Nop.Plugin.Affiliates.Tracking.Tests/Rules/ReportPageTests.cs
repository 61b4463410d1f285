using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class ReportPageTests
{
    [TestCase(0, 15, 0, 15)]
    [TestCase(15, 15, 1, 15)]
    [TestCase(29, 15, 1, 15)]
    [TestCase(30, 15, 2, 15)]
    [TestCase(0, 0, 0, 15)]
    [TestCase(0, -1, 0, 15)]
    [TestCase(45, -1, 3, 15)]
    [TestCase(0, 100, 0, 100)]
    [TestCase(0, 101, 0, 100)]
    [TestCase(250, int.MaxValue, 2, 100)]
    [TestCase(-1, 15, 0, 15)]
    [TestCase(int.MinValue, 15, 0, 15)]
    [TestCase(9_999, 15, 666, 15)]
    [TestCase(10_000, 15, 666, 15)]
    [TestCase(int.MaxValue, 15, 666, 15)]
    [TestCase(int.MaxValue, 100, 99, 100)]
    [TestCase(7, 1, 7, 1)]
    public void FromOffset_StartAndLength_ClampedPage(int start, int length, int expectedIndex, int expectedSize)
    {
        var page = ReportPage.FromOffset(start, length);

        Assert.That(page, Is.EqualTo(new ReportPage(expectedIndex, expectedSize)));
        Assert.That(page.PageIndex * page.PageSize, Is.LessThan(ReportPage.MaxRows));
    }

    [TestCase(0, false)]
    [TestCase(9_999, false)]
    [TestCase(10_000, true)]
    [TestCase(10_001, true)]
    public void IsCapped_CountedRows_TrueFromMaxRows(int counted, bool expected)
    {
        Assert.That(ReportPage.IsCapped(counted), Is.EqualTo(expected));
    }
}
