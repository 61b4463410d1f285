using System.Xml.Linq;
using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class DailyChartSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static List<DailyCounts> Days(params (long Clicks, long Conversions)[] counts) =>
        counts.Select((c, i) => new DailyCounts(new DateOnly(2026, 6, 1).AddDays(i), c.Clicks, c.Conversions, 0m)).ToList();

    [Test]
    public void Write_OneGroupPerDay_BarsScaledToBusiestDay()
    {
        var svg = XElement.Parse(DailyChartSvg.Write(Days((10, 1), (0, 0), (5, 5)), "clicks", "conversions"));

        var groups = svg.Elements(Svg + "g").ToList();
        Assert.That(groups.Select(g => (string)g.Attribute("data-day")), Is.EqualTo(new[] { "2026-06-01", "2026-06-02", "2026-06-03" }));
        var clickHeights = groups.Select(g => (double)g.Elements(Svg + "rect").First().Attribute("height")).ToList();
        var conversionHeights = groups.Select(g => (double)g.Elements(Svg + "rect").Last().Attribute("height")).ToList();
        Assert.That(clickHeights, Is.EqualTo(new[] { 160d, 0d, 80d }));
        Assert.That(conversionHeights, Is.EqualTo(new[] { 16d, 0d, 80d }));
        Assert.That((string)groups[0].Element(Svg + "title"), Is.EqualTo("2026-06-01: 10 clicks, 1 conversions"));
    }

    [Test]
    public void Write_NoDataOrNoDays_ValidEmptyChart()
    {
        var zero = XElement.Parse(DailyChartSvg.Write(Days((0, 0), (0, 0)), "c", "v"));
        var none = XElement.Parse(DailyChartSvg.Write([], "c", "v"));
        var nullDays = XElement.Parse(DailyChartSvg.Write(null, null, null));

        Assert.That(zero.Descendants(Svg + "rect").Select(r => (double)r.Attribute("height")), Has.All.EqualTo(0d));
        Assert.That(zero.ToString(), Does.Not.Contain("NaN").And.Not.Contain("Infinity"));
        Assert.That(none.Elements(Svg + "g"), Is.Empty);
        Assert.That(nullDays.Elements(Svg + "g"), Is.Empty);
    }

    [Test]
    public void Write_LabelsAreEncoded()
    {
        var markup = DailyChartSvg.Write(Days((1, 0)), "<script>alert(1)</script>", "\"x\" & y");

        Assert.That(markup, Does.Not.Contain("<script>"));
        Assert.That(XElement.Parse(markup).Descendants(Svg + "title").Single().Value, Does.Contain("<script>alert(1)</script>"));
    }

    [TestCase(0, 10, 0d)]
    [TestCase(10, 10, 160d)]
    [TestCase(5, 10, 80d)]
    [TestCase(20, 10, 160d)]
    [TestCase(-3, 10, 0d)]
    [TestCase(3, 0, 0d)]
    public void Scale_Table(long value, long max, double expected)
    {
        Assert.That(DailyChartSvg.Scale(value, max), Is.EqualTo(expected));
    }

    [Test]
    public void Write_YearOfDays_BarsStayInsideWidth()
    {
        var days = Enumerable.Range(0, 366).Select(i => new DailyCounts(new DateOnly(2025, 7, 1).AddDays(i), i, i / 2, 0m)).ToList();

        var rects = XElement.Parse(DailyChartSvg.Write(days, "c", "v")).Descendants(Svg + "rect").ToList();

        Assert.That(rects, Has.Count.EqualTo(732));
        Assert.That(rects.Select(r => (double)r.Attribute("x") + (double)r.Attribute("width")), Has.All.LessThanOrEqualTo(DailyChartSvg.Width + 0.01));
    }
}
