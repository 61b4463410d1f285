using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Infrastructure;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure.Startups;

/// <summary>
/// Stands in for nopCommerce's NopRoutingStartup (Order 400): after it, middleware sees the selected endpoint and route values.
/// </summary>
public sealed class SandboxRoutingStartup : INopStartup
{
    public int Order => 400;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void Configure(IApplicationBuilder application) => application.UseRouting();
}
