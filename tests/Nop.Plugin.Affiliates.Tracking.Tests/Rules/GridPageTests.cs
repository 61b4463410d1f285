using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class GridPageTests
{
    [TestCase(0, 15, 0, 15)]
    [TestCase(15, 15, 1, 15)]
    [TestCase(29, 15, 1, 15)]
    [TestCase(30, 15, 2, 15)]
    [TestCase(-1, 15, 0, 15)]
    [TestCase(int.MinValue, 15, 0, 15)]
    [TestCase(0, 0, 0, 15)]
    [TestCase(0, -1, 0, 15)]
    [TestCase(45, int.MinValue, 3, 15)]
    [TestCase(0, 100, 0, 100)]
    [TestCase(0, 101, 0, 100)]
    [TestCase(250, int.MaxValue, 2, 100)]
    [TestCase(7, 1, 7, 1)]
    [TestCase(int.MaxValue, 100, int.MaxValue / 100, 100)]
    public void FromOffset_ClampsAndPicksThePageHoldingTheOffset(int start, int length, int expectedPageIndex, int expectedPageSize)
    {
        var page = GridPage.FromOffset(start, length, 15, 100);

        Assert.That((page.PageIndex, page.PageSize), Is.EqualTo((expectedPageIndex, expectedPageSize)));
    }

    [TestCase(0, 100)]
    [TestCase(-5, 100)]
    [TestCase(20, 10)]
    public void FromOffset_InconsistentBounds_Throws(int defaultSize, int maxSize)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GridPage.FromOffset(0, 10, defaultSize, maxSize));
    }

    [Test]
    public void FromOffset_DefaultEqualsMax_Allowed()
    {
        Assert.That(GridPage.FromOffset(0, 0, 25, 25), Is.EqualTo(new GridPage(0, 25)));
    }
}
