using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Http;
using Nop.Core.Infrastructure;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure.Startups;

/// <summary>
/// Stands in for nopCommerce's NopCommonStartup (Order 100): HTTP context accessor, session, antiforgery and TempData
/// cookies under nopCommerce's names, data protection; the middleware is UseSession (one language, so no request localization).
/// </summary>
public sealed class SandboxCommonStartup : INopStartup
{
    private readonly string _dataProtectionKeysPath;

    /// <param name="dataProtectionKeysPath">Where keys persist (like ~/App_Data/DataProtectionKeys); null keeps them in memory.</param>
    public SandboxCommonStartup(string dataProtectionKeysPath)
    {
        _dataProtectionKeysPath = dataProtectionKeysPath;
    }

    public int Order => 100;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();

        var dataProtection = services.AddDataProtection();
        if (!string.IsNullOrEmpty(_dataProtectionKeysPath))
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(_dataProtectionKeysPath));

        services.AddDistributedMemoryCache();
        services.AddSession(options =>
        {
            options.Cookie.Name = NopCookieDefaults.Prefix + NopCookieDefaults.SessionCookie;
            options.Cookie.HttpOnly = true;
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = NopCookieDefaults.Prefix + NopCookieDefaults.AntiforgeryCookie;
            options.FormFieldName = "__RequestVerificationToken";
        });
        services.Configure<CookieTempDataProviderOptions>(options => options.Cookie.Name = NopCookieDefaults.Prefix + NopCookieDefaults.TempDataCookie);
    }

    public void Configure(IApplicationBuilder application) => application.UseSession();
}
