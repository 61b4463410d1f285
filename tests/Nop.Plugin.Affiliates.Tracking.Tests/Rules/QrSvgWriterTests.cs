using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

public class QrSvgWriterTests
{
    private static IReadOnlyList<IReadOnlyList<bool>> Matrix(params string[] rows) =>
        rows.Select(row => (IReadOnlyList<bool>)row.Select(c => c == '#').ToList()).ToList();

    [Test]
    public void Write_DarkModules_OneUnitSquareEach()
    {
        var svg = QrSvgWriter.Write(Matrix("#.", ".#"), 4);

        Assert.That(svg, Does.StartWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\" viewBox=\"0 0 2 2\""));
        Assert.That(svg, Does.Contain("d=\"M0 0h1v1h-1zM1 1h1v1h-1z\""));
    }

    [Test]
    public void Write_AllLight_EmptyPathOnWhite()
    {
        var svg = QrSvgWriter.Write(Matrix("...", "...", "..."), 1);

        Assert.That(svg, Does.Contain("fill=\"#ffffff\"").And.Contain("d=\"\""));
    }

    [TestCase(0)]
    [TestCase(-1)]
    public void Write_NoPixels_Throws(int pixels)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => QrSvgWriter.Write(Matrix("#"), pixels));
    }

    [Test]
    public void Write_NotSquare_Throws()
    {
        Assert.Throws<ArgumentException>(() => QrSvgWriter.Write(Matrix("##", "#"), 1));
    }
}
