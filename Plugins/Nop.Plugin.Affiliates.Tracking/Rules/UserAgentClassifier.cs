using System.Buffers;

namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Sorts a User-Agent header into a coarse class for click reports, and spots crawlers, link previewers and
/// automation, whose visits are not clicks. The full header is never stored.
/// </summary>
public static class UserAgentClassifier
{
    // Substrings, in any case, that real browsers never send. Search engines, social link previews, monitoring, HTTP libraries.
    private static readonly SearchValues<string> _botMarkers = SearchValues.Create(
    [
        "bot", "crawl", "spider", "slurp", "mediapartners", "facebookexternalhit", "embedly", "preview", "scan", "monitor",
        "curl/", "wget/", "python-requests", "python-urllib", "httpclient", "okhttp", "go-http-client", "java/", "libwww", "headlesschrome",
        "phantomjs", "lighthouse", "pingdom", "uptime", "feedfetcher", "whatsapp", "telegram", "discord", "skypeuripreview", "bingpreview"
    ], StringComparison.OrdinalIgnoreCase);

    public const int MaxInspectedLength = 512;

    public static bool IsBot(string userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
            return true;

        return Inspected(userAgent).ContainsAny(_botMarkers);
    }

    // Every share-link click is classified, so this searches the header in place instead of a lower-cased copy.
    public static UserAgentKind Classify(string userAgent)
    {
        if (IsBot(userAgent))
            return UserAgentKind.Bot;

        var value = Inspected(userAgent);
        if (Has(value, "ipad") || Has(value, "tablet") || (Has(value, "android") && !Has(value, "mobile")))
            return UserAgentKind.Tablet;
        if (Has(value, "mobi") || Has(value, "iphone") || Has(value, "android"))
            return UserAgentKind.Mobile;
        if (Has(value, "windows") || Has(value, "macintosh") || Has(value, "x11") || Has(value, "cros"))
            return UserAgentKind.Desktop;

        return UserAgentKind.Unknown;
    }

    // Oversized headers are cut, not rejected: classification needs only the start.
    private static ReadOnlySpan<char> Inspected(string userAgent) =>
        userAgent.AsSpan(0, Math.Min(userAgent.Length, MaxInspectedLength));

    private static bool Has(ReadOnlySpan<char> value, string marker) => value.Contains(marker, StringComparison.OrdinalIgnoreCase);
}
