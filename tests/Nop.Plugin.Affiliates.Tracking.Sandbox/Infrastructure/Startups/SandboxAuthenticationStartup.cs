using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Infrastructure;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure.Startups;

/// <summary>
/// Stands in for nopCommerce's AuthenticationStartup (Order 500): cookie authentication with nopCommerce's scheme and
/// cookie names; sign-in happens at /sandbox/login.
/// </summary>
public sealed class SandboxAuthenticationStartup : INopStartup
{
    public int Order => 500;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication(SandboxAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(SandboxAuthenticationDefaults.AuthenticationScheme, options =>
            {
                options.Cookie.Name = SandboxAuthenticationDefaults.CookieName;
                options.Cookie.HttpOnly = true;
                options.LoginPath = SandboxAuthenticationDefaults.LoginPath;
                options.AccessDeniedPath = SandboxAuthenticationDefaults.AccessDeniedPath;
            });
    }

    public void Configure(IApplicationBuilder application) => application.UseAuthentication();
}
