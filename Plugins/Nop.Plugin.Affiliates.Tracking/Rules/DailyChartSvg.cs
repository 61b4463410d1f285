using System.Globalization;
using System.Net;
using System.Text;

namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// A small inline SVG bar chart of a dashboard's days: one bar of clicks per day, conversions drawn over it, each scaled
/// to the busiest day. Drawn on the server so the page needs no script library or CDN.
/// </summary>
public static class DailyChartSvg
{
    public const int Width = 720;

    public const int Height = 160;

    public static string Write(IReadOnlyList<DailyCounts> days, string clicksLabel, string conversionsLabel)
    {
        days ??= [];
        var max = Math.Max(1L, days.Count == 0 ? 0L : days.Max(d => Math.Max(d.Clicks, d.Conversions)));
        var slot = days.Count == 0 ? Width : (double)Width / days.Count;
        var bar = Math.Max(1d, slot * 0.8);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"affiliate-chart\" viewBox=\"0 0 {Width} {Height}\" width=\"100%\" height=\"{Height}\" role=\"img\" aria-label=\"{Encode(clicksLabel)} / {Encode(conversionsLabel)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"0\" y1=\"{Height - 0.5}\" x2=\"{Width}\" y2=\"{Height - 0.5}\" stroke=\"#999\" stroke-width=\"1\" />");
        for (var index = 0; index < days.Count; index++)
        {
            var day = days[index];
            var x = Format(index * slot + (slot - bar) / 2);
            var label = $"{day.Day:yyyy-MM-dd}: {day.Clicks} {clicksLabel}, {day.Conversions} {conversionsLabel}";
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"affiliate-chart-day\" data-day=\"{day.Day:yyyy-MM-dd}\" data-clicks=\"{day.Clicks}\" data-conversions=\"{day.Conversions}\"><title>{Encode(label)}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"affiliate-chart-clicks\" x=\"{x}\" y=\"{Format(Height - Scale(day.Clicks, max))}\" width=\"{Format(bar)}\" height=\"{Format(Scale(day.Clicks, max))}\" fill=\"#9ec5e8\" />");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"affiliate-chart-conversions\" x=\"{x}\" y=\"{Format(Height - Scale(day.Conversions, max))}\" width=\"{Format(bar)}\" height=\"{Format(Scale(day.Conversions, max))}\" fill=\"#2e7d32\" />");
            svg.Append("</g>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>
    /// The height of a bar: proportional to the busiest day, at most the chart's height.
    /// </summary>
    public static double Scale(long value, long max) => max <= 0 || value <= 0 ? 0d : Math.Min(Height, (double)value / max * Height);

    private static string Format(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
