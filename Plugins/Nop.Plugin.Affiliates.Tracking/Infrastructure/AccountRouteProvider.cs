using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Nop.Web.Framework.Mvc.Routing;
using Nop.Web.Infrastructure;

namespace Nop.Plugin.Affiliates.Tracking.Infrastructure;

/// <summary>
/// The affiliate area's routes, beside nopCommerce's own account pages ({lang}/customer/info, …).
/// </summary>
public class AccountRouteProvider : BaseRouteProvider, IRouteProvider
{
    public int Priority => 0;

    public void RegisterRoutes(IEndpointRouteBuilder endpointRouteBuilder)
    {
        var lang = GetLanguageRoutePattern();
        var root = $"{lang}/{AffiliateTrackingDefaults.AccountPath}";
        var controller = AffiliateTrackingDefaults.AccountControllerName;

        endpointRouteBuilder.MapControllerRoute(AffiliateTrackingDefaults.AccountRouteName, root,
            new { controller, action = "Index" });
        endpointRouteBuilder.MapControllerRoute(AffiliateTrackingDefaults.AccountApplyRouteName, $"{root}/apply",
            new { controller, action = "Apply" });
        endpointRouteBuilder.MapControllerRoute(AffiliateTrackingDefaults.AccountPayoutEmailRouteName, $"{root}/payout-email",
            new { controller, action = "SavePayoutEmail" });
        endpointRouteBuilder.MapControllerRoute(AffiliateTrackingDefaults.AccountCreateLinkRouteName, $"{root}/links",
            new { controller, action = "CreateLink" });
        endpointRouteBuilder.MapControllerRoute(AffiliateTrackingDefaults.AccountLinkQrRouteName, $"{root}/links/{{linkId:int}}/qr.{{format}}",
            new { controller, action = "LinkQr" });
    }
}
