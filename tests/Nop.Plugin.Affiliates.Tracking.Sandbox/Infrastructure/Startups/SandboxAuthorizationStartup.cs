using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Infrastructure;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure.Startups;

/// <summary>
/// Stands in for nopCommerce's AuthorizationStartup (Order 600).
/// </summary>
public sealed class SandboxAuthorizationStartup : INopStartup
{
    public int Order => 600;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration) => services.AddAuthorization();

    public void Configure(IApplicationBuilder application) => application.UseAuthorization();
}
