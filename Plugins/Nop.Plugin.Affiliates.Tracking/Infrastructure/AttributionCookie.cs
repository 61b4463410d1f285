using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Nop.Core.Http;
using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Infrastructure;

/// <summary>
/// Reads and writes the attribution cookie. Its value is an <see cref="AttributionTicket"/> encrypted and signed with
/// ASP.NET Core Data Protection (nopCommerce's key ring), so a visitor can neither read nor forge it.
/// </summary>
public class AttributionCookie
{
    public const string Purpose = "Nop.Plugin.Affiliates.Tracking.AttributionCookie.v1";

    private const int MaxCookieLength = 512;

    private readonly IDataProtector _protector;

    public AttributionCookie(IDataProtectionProvider dataProtectionProvider)
    {
        _protector = dataProtectionProvider.CreateProtector(Purpose);
    }

    // Built once: the middleware compares it on every request.
    public static string Name { get; } = NopCookieDefaults.Prefix + AffiliateTrackingDefaults.CookieNameSuffix;

    /// <summary>
    /// The ticket the request carries; null when there is no cookie or it is tampered with, foreign or unreadable.
    /// </summary>
    public AttributionTicket Read(HttpRequest request, out bool present)
    {
        present = request.Cookies.TryGetValue(Name, out var value);
        if (!present || string.IsNullOrEmpty(value) || value.Length > MaxCookieLength)
            return null;

        try
        {
            return AttributionTicket.Parse(_protector.Unprotect(value));
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public void Write(HttpResponse response, AttributionTicket ticket, DateTime expiresOnUtc)
    {
        response.Cookies.Append(Name, _protector.Protect(ticket.Serialize()), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = response.HttpContext.Request.IsHttps,
            Path = "/",
            IsEssential = true,
            Expires = new DateTimeOffset(DateTime.SpecifyKind(expiresOnUtc, DateTimeKind.Utc))
        });
    }

    public void Delete(HttpResponse response) =>
        response.Cookies.Delete(Name, new CookieOptions { Path = "/", HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = response.HttpContext.Request.IsHttps });
}
