namespace Nop.Core.Http;

public static partial class NopCookieDefaults
{
    public static string Prefix => ".Nop";
    public static string CustomerCookie => ".Customer";
    public static string AntiforgeryCookie => ".Antiforgery";
    public static string SessionCookie => ".Session";
    public static string CultureCookie => ".Culture";
    public static string TempDataCookie => ".TempData";
    public static string InstallationLanguageCookie => ".InstallationLanguage";
    public static string ComparedProductsCookie => ".ComparedProducts";
    public static string RecentlyViewedProductsCookie => ".RecentlyViewedProducts";
    public static string AuthenticationCookie => ".Authentication";
    public static string ExternalAuthenticationCookie => ".ExternalAuthentication";
    public static string IgnoreEuCookieLawWarning => ".IgnoreEuCookieLawWarning";
}
