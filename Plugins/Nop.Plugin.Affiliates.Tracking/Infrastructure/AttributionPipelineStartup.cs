using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Infrastructure;

namespace Nop.Plugin.Affiliates.Tracking.Infrastructure;

/// <summary>
/// Places the attribution middleware after nopCommerce's authentication (500) and authorization (600) and before its
/// endpoints (900): routing and the signed-in user are known, and short links are answered before any controller runs.
/// Middleware added in the 3000 startup would come after the endpoints and never see a routed request.
/// </summary>
public class AttributionPipelineStartup : INopStartup
{
    public int Order => 650;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void Configure(IApplicationBuilder application)
    {
        application.UseMiddleware<AffiliateAttributionMiddleware>();
    }
}
