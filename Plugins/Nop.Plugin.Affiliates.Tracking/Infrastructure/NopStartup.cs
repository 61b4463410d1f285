using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Factories;

namespace Nop.Plugin.Affiliates.Tracking.Infrastructure;

/// <summary>
/// Registers the plugin's services. Runs after the core registrations (Order 2000), so nothing here is overridden by core.
/// </summary>
public class NopStartup : INopStartup
{
    public int Order => 3000;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IAffiliateTrackingSettingsModelFactory, AffiliateTrackingSettingsModelFactory>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }
}
