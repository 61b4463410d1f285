using System.Globalization;
using System.Text.RegularExpressions;

namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Limits and formats for the attribution settings an owner can change.
/// </summary>
public static class AttributionSettingsRules
{
    public const int DefaultWindowDays = 30;

    public const int MinWindowDays = 1;

    public const int MaxWindowDays = 365;

    public const string DefaultReferralParameterName = "ref";

    public const string DefaultShortLinkPrefix = "go";

    public const int MaxHostLength = 253;

    public const int MaxAllowedHosts = 100;

    // nopCommerce already gives these query parameters a meaning of its own.
    private static readonly HashSet<string> _reservedParameterNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "affiliate", "affiliateid", "discountcoupon", "returnurl", "q", "pagenumber", "pagesize", "orderby", "viewmode", "token", "guid", "id"
    };

    // First path segments that belong to nopCommerce's own routes and static folders.
    private static readonly HashSet<string> _reservedPathPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "admin", "api", "plugins", "themes", "lib", "lib_npm", "js", "css", "images", "content", "files", "bundles", "icons",
        "login", "logout", "register", "cart", "wishlist", "checkout", "customer", "order", "search", "scheduletask", "keepalive",
        "install", "sitemap", "sitemap.xml", "robots.txt", "common", "catalog", "product", "blog", "news", "boards", "contactus", "page-not-found"
    };

    private static readonly Regex _parameterNamePattern = new("^[a-z][a-z0-9_-]{0,31}\\z", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex _pathPrefixPattern = new("^[a-z0-9][a-z0-9-]{0,31}\\z", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // Dotted labels of letters, digits and inner hyphens, with at least one dot: a public host, not "localhost".
    private static readonly Regex _hostPattern = new(
        "^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+\\z", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static bool IsValidWindow(int days) => days is >= MinWindowDays and <= MaxWindowDays;

    /// <summary>
    /// A query-string parameter name: a lower-case letter, then up to 31 lower-case letters, digits, '-' or '_', not one nopCommerce uses.
    /// </summary>
    public static bool IsValidParameterName(string name) =>
        !string.IsNullOrEmpty(name) && _parameterNamePattern.IsMatch(name) && !_reservedParameterNames.Contains(name);

    /// <summary>
    /// A short-link path prefix: one URL segment of lower-case letters, digits and '-', not a core route.
    /// </summary>
    public static bool IsValidPathPrefix(string prefix) =>
        !string.IsNullOrEmpty(prefix) && _pathPrefixPattern.IsMatch(prefix) && !_reservedPathPrefixes.Contains(prefix);

    /// <summary>
    /// Turns an allowlist entry typed by the owner into the ASCII, lower-case host name it stands for.
    /// Entries with a scheme, path, port, user info or wildcard are refused rather than guessed at.
    /// </summary>
    public static bool TryNormalizeHost(string entry, out string host)
    {
        host = null;
        var value = entry?.Trim().TrimEnd('.');
        if (string.IsNullOrEmpty(value) || value.Length > MaxHostLength)
            return false;

        string ascii;
        try
        {
            ascii = new IdnMapping().GetAscii(value).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return false;
        }

        if (ascii.Length > MaxHostLength || Uri.CheckHostName(ascii) != UriHostNameType.Dns || !_hostPattern.IsMatch(ascii))
            return false;

        host = ascii;
        return true;
    }
}
