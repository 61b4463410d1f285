using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Infrastructure;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure.Startups;

/// <summary>
/// Stands in for nopCommerce's NopStaticFilesStartup (Order 99): existing static files are served here and never reach later middleware.
/// </summary>
public sealed class SandboxStaticFilesStartup : INopStartup
{
    public int Order => 99;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void Configure(IApplicationBuilder application) => application.UseStaticFiles();
}
