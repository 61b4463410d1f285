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

        // Affiliate coupons (issue 5)
        MapCouponRoute(endpointRouteBuilder, AffiliateTrackingDefaults.CouponsRouteName, "Admin/AffiliateTracking/Coupons", "Coupons");
        MapCouponRoute(endpointRouteBuilder, AffiliateTrackingDefaults.CouponsGenerateRouteName, "Admin/AffiliateTracking/Coupons/Generate", "Generate");
        MapCouponRoute(endpointRouteBuilder, AffiliateTrackingDefaults.CouponsProcessBatchRouteName, "Admin/AffiliateTracking/Coupons/ProcessBatch", "ProcessBatch");
        MapCouponRoute(endpointRouteBuilder, AffiliateTrackingDefaults.CouponsSyncRouteName, "Admin/AffiliateTracking/Coupons/SyncFromTemplate", "SyncFromTemplate");
        MapCouponRoute(endpointRouteBuilder, AffiliateTrackingDefaults.CouponsDeactivateRouteName, "Admin/AffiliateTracking/Coupons/Deactivate", "Deactivate");
        MapCouponRoute(endpointRouteBuilder, AffiliateTrackingDefaults.CouponsRegenerateRouteName, "Admin/AffiliateTracking/Coupons/Regenerate", "Regenerate");
        MapCouponRoute(endpointRouteBuilder, AffiliateTrackingDefaults.CouponsListRouteName, "Admin/AffiliateTracking/Coupons/List", "CouponList");
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
        // Program members (issue 7)
        endpointRouteBuilder.MapControllerRoute(name: AffiliateTrackingDefaults.MembersAdminRouteName,
            pattern: AffiliateTrackingDefaults.MembersAdminPath,
            defaults: new { controller = AffiliateTrackingDefaults.MemberAdminControllerName, action = "List", area = AreaNames.ADMIN });
        endpointRouteBuilder.MapControllerRoute(name: AffiliateTrackingDefaults.MembersListRouteName,
            pattern: AffiliateTrackingDefaults.MembersAdminPath + "/List",
            defaults: new { controller = AffiliateTrackingDefaults.MemberAdminControllerName, action = "MemberList", area = AreaNames.ADMIN });
        // Admin links page (issues 4/7); its other actions use the admin area's {controller}/{action} route.
        endpointRouteBuilder.MapControllerRoute(name: AffiliateTrackingDefaults.LinksRouteName,
            pattern: "Admin/AffiliateTracking/Links",
            defaults: new { controller = AffiliateTrackingDefaults.LinkControllerName, action = "Links", area = AreaNames.ADMIN });
        // Payouts admin page
        MapPayoutRoute(endpointRouteBuilder, AffiliateTrackingDefaults.PayoutsRouteName, AffiliateTrackingDefaults.PayoutsAdminPath, "Payouts");
        MapPayoutRoute(endpointRouteBuilder, AffiliateTrackingDefaults.PayoutsCreateBatchRouteName, AffiliateTrackingDefaults.PayoutsAdminPath + "/CreateBatch", "CreateBatch");
        MapPayoutRoute(endpointRouteBuilder, AffiliateTrackingDefaults.PayoutsExportRouteName, AffiliateTrackingDefaults.PayoutsAdminPath + "/ExportCsv", "ExportCsv");
        MapPayoutRoute(endpointRouteBuilder, AffiliateTrackingDefaults.PayoutsMarkPaidRouteName, AffiliateTrackingDefaults.PayoutsAdminPath + "/MarkPaid", "MarkPaid");
        // Payout batches grid (issue 7)
        MapPayoutRoute(endpointRouteBuilder, AffiliateTrackingDefaults.PayoutsListRouteName, AffiliateTrackingDefaults.PayoutsAdminPath + "/List", "PayoutList");
    }

    private static void MapPayoutRoute(IEndpointRouteBuilder endpointRouteBuilder, string name, string pattern, string action) =>
        endpointRouteBuilder.MapControllerRoute(name: name, pattern: pattern,
            defaults: new { controller = AffiliateTrackingDefaults.PayoutControllerName, action, area = AreaNames.ADMIN });

    private static void MapCouponRoute(IEndpointRouteBuilder endpointRouteBuilder, string name, string pattern, string action) =>
        endpointRouteBuilder.MapControllerRoute(name: name, pattern: pattern,
            defaults: new { controller = AffiliateTrackingDefaults.CouponControllerName, action, area = AreaNames.ADMIN });
}
