using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Infrastructure;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure.Startups;

/// <summary>
/// Stands in for nopCommerce's NopEndpoints (Order 900): UseEndpoints with the routes of every IRouteProvider of the
/// plugin (created with Activator, highest Priority first, like RoutePublisher), then the sandbox's own routes.
/// </summary>
public sealed class SandboxEndpointsStartup : INopStartup
{
    public int Order => 900;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void Configure(IApplicationBuilder application)
    {
        var providers = SandboxPluginTypes.FindClassesOfType<IRouteProvider>()
            .Select(type => (IRouteProvider)Activator.CreateInstance(type))
            .OrderByDescending(provider => provider.Priority)
            .Append(new SandboxRouteProvider())
            .ToList();

        application.UseEndpoints(endpoints =>
        {
            foreach (var provider in providers)
                provider.RegisterRoutes(endpoints);
        });
    }
}
