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

        // Reports: conversions report
        endpointRouteBuilder.MapControllerRoute(name: AffiliateTrackingDefaults.ConversionsRouteName,
            pattern: "Admin/AffiliateTracking/Conversions",
            defaults: new { controller = AffiliateTrackingDefaults.ConversionControllerName, action = "Conversions", area = AreaNames.ADMIN });
        endpointRouteBuilder.MapControllerRoute(name: AffiliateTrackingDefaults.ConversionListRouteName,
            pattern: "Admin/AffiliateTracking/Conversions/List",
            defaults: new { controller = AffiliateTrackingDefaults.ConversionControllerName, action = "ConversionList", area = AreaNames.ADMIN });
        endpointRouteBuilder.MapControllerRoute(name: AffiliateTrackingDefaults.ConversionExportRouteName,
            pattern: "Admin/AffiliateTracking/Conversions/ExportCsv",
            defaults: new { controller = AffiliateTrackingDefaults.ConversionControllerName, action = "ExportCsv", area = AreaNames.ADMIN });
    }
}
