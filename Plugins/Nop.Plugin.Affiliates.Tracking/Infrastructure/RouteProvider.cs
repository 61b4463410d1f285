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

        // Program members (issue 7)
        endpointRouteBuilder.MapControllerRoute(name: AffiliateTrackingDefaults.MembersAdminRouteName,
            pattern: AffiliateTrackingDefaults.MembersAdminPath,
            defaults: new { controller = AffiliateTrackingDefaults.MemberAdminControllerName, action = "List", area = AreaNames.ADMIN });
    }
}
