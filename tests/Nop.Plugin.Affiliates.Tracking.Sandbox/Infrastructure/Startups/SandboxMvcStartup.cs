using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure.Mvc;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure.Startups;

/// <summary>
/// Stands in for nopCommerce's NopMvcStartup (Order 1000): controllers and views from the sandbox and the plugin
/// assembly (views precompiled, see the csproj), PascalCase JSON like nopCommerce's Newtonsoft setup, and the sandbox
/// replacements for nopCommerce's filters and display-name metadata.
/// </summary>
public sealed class SandboxMvcStartup : INopStartup
{
    public int Order => 1000;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddControllersWithViews(options =>
            {
                options.Conventions.Add(new SandboxNopFilterConvention());
                options.ModelMetadataDetailsProviders.Add(new SandboxDisplayMetadataProvider());
                options.Filters.Add<SandboxLocaleResourcesFilter>();
            })
            .AddApplicationPart(SandboxPluginTypes.PluginAssembly)
            .AddApplicationPart(typeof(SandboxMvcStartup).Assembly)
            .AddJsonOptions(options => options.JsonSerializerOptions.PropertyNamingPolicy = null);
    }

    public void Configure(IApplicationBuilder application)
    {
    }
}
