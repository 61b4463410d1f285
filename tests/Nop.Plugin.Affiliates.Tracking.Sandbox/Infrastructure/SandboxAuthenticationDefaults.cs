using Nop.Core.Http;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;

/// <summary>
/// The sandbox's cookie authentication, named like nopCommerce's (scheme "Authentication", cookie ".Nop.Authentication").
/// </summary>
public static class SandboxAuthenticationDefaults
{
    public const string AuthenticationScheme = "Authentication";

    public const string LoginPath = "/sandbox/login";

    public const string LogoutPath = "/sandbox/logout";

    public const string AccessDeniedPath = "/Admin/Security/AccessDenied";

    /// <summary>
    /// Claim carrying the signed-in customer's CustomerGuid.
    /// </summary>
    public const string CustomerGuidClaimType = "sandbox:customer-guid";

    public static string CookieName => NopCookieDefaults.Prefix + NopCookieDefaults.AuthenticationCookie;

    public static string CustomerCookieName => NopCookieDefaults.Prefix + NopCookieDefaults.CustomerCookie;
}
