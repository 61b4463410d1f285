using System.Globalization;
using System.Text;

namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Draws a QR code's module matrix as a compact SVG: one path of unit squares on a white background, scaled by the
/// viewBox, so the image stays sharp at any size and needs no drawing library.
/// </summary>
public static class QrSvgWriter
{
    /// <param name="modules">Rows of dark (true) and light (false) modules, quiet zone included.</param>
    /// <param name="pixelsPerModule">The image's default size per module; the drawing scales freely.</param>
    public static string Write(IReadOnlyList<IReadOnlyList<bool>> modules, int pixelsPerModule)
    {
        ArgumentNullException.ThrowIfNull(modules);
        ArgumentOutOfRangeException.ThrowIfLessThan(pixelsPerModule, 1);

        var size = modules.Count;
        if (modules.Any(row => row.Count != size))
            throw new ArgumentException("A QR code's matrix is square.", nameof(modules));

        var pixels = (size * pixelsPerModule).ToString(CultureInfo.InvariantCulture);
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (modules[y][x])
                    path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h1v1h-1z");
            }
        }

        var side = size.ToString(CultureInfo.InvariantCulture);
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{pixels}\" height=\"{pixels}\" viewBox=\"0 0 {side} {side}\" shape-rendering=\"crispEdges\">"
            + $"<rect width=\"{side}\" height=\"{side}\" fill=\"#ffffff\"/><path fill=\"#000000\" d=\"{path}\"/></svg>";
    }
}
