using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Nop.Web.Framework;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Affiliates.Tracking.Infrastructure;

public class RouteProvider : IRouteProvider
{
    public int Priority => 0;

    public void RegisterRoutes(IEndpointRouteBuilder endpointRouteBuilder)
    {
        endpointRouteBuilder.MapControllerRoute(name: AffiliateTrackingDefaults.ConfigurationRouteName,
            pattern: "Admin/AffiliateTracking/Configure",
            defaults: new { controller = AffiliateTrackingDefaults.AdminControllerName, action = "Configure", area = AreaNames.ADMIN });

        // Admin links page (issues 4/7); its other actions use the admin area's {controller}/{action} route.
        endpointRouteBuilder.MapControllerRoute(name: AffiliateTrackingDefaults.LinksRouteName,
            pattern: "Admin/AffiliateTracking/Links",
            defaults: new { controller = AffiliateTrackingDefaults.LinkControllerName, action = "Links", area = AreaNames.ADMIN });
    }
}
