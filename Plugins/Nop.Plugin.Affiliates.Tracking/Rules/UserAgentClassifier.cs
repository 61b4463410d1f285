namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Sorts a User-Agent header into a coarse class for click reports, and spots crawlers, link previewers and
/// automation, whose visits are not clicks. The full header is never stored.
/// </summary>
public static class UserAgentClassifier
{
    // Substrings (lower-case) that real browsers never send. Search engines, social link previews, monitoring, HTTP libraries.
    private static readonly string[] _botMarkers =
    {
        "bot", "crawl", "spider", "slurp", "mediapartners", "facebookexternalhit", "embedly", "preview", "scan", "monitor",
        "curl/", "wget/", "python-requests", "python-urllib", "httpclient", "okhttp", "go-http-client", "java/", "libwww", "headlesschrome",
        "phantomjs", "lighthouse", "pingdom", "uptime", "feedfetcher", "whatsapp", "telegram", "discord", "skypeuripreview", "bingpreview"
    };

    public const int MaxInspectedLength = 512;

    public static bool IsBot(string userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
            return true;

        var value = Normalize(userAgent);
        return _botMarkers.Any(marker => value.Contains(marker, StringComparison.Ordinal));
    }

    public static UserAgentKind Classify(string userAgent)
    {
        if (IsBot(userAgent))
            return UserAgentKind.Bot;

        var value = Normalize(userAgent);
        if (value.Contains("ipad", StringComparison.Ordinal) || value.Contains("tablet", StringComparison.Ordinal)
            || (value.Contains("android", StringComparison.Ordinal) && !value.Contains("mobile", StringComparison.Ordinal)))
            return UserAgentKind.Tablet;
        if (value.Contains("mobi", StringComparison.Ordinal) || value.Contains("iphone", StringComparison.Ordinal) || value.Contains("android", StringComparison.Ordinal))
            return UserAgentKind.Mobile;
        if (value.Contains("windows", StringComparison.Ordinal) || value.Contains("macintosh", StringComparison.Ordinal)
            || value.Contains("x11", StringComparison.Ordinal) || value.Contains("cros", StringComparison.Ordinal))
            return UserAgentKind.Desktop;

        return UserAgentKind.Unknown;
    }

    // Oversized headers are cut, not rejected: classification needs only the start.
    private static string Normalize(string userAgent) =>
        (userAgent.Length > MaxInspectedLength ? userAgent[..MaxInspectedLength] : userAgent).ToLowerInvariant();
}
