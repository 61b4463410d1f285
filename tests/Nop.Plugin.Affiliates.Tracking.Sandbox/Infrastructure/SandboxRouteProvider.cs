using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;

/// <summary>
/// The storefront's named routes (nopCommerce's names where one exists) plus the area and default routes.
/// Registered after every IRouteProvider of the plugin.
/// </summary>
public sealed class SandboxRouteProvider : IRouteProvider
{
    public int Priority => int.MinValue;

    public void RegisterRoutes(IEndpointRouteBuilder endpointRouteBuilder)
    {
        endpointRouteBuilder.MapControllerRoute("areaRoute", "{area:exists}/{controller=Home}/{action=Index}/{id?}");
        endpointRouteBuilder.MapControllerRoute("Homepage", "", new { controller = "Home", action = "Index" });
        endpointRouteBuilder.MapControllerRoute("Product", "product/{productId:int}", new { controller = "Product", action = "Details" });
        endpointRouteBuilder.MapControllerRoute("ShoppingCart", "cart", new { controller = "ShoppingCart", action = "Cart" });
        endpointRouteBuilder.MapControllerRoute("Checkout", "checkout", new { controller = "Checkout", action = "Index" });
        endpointRouteBuilder.MapControllerRoute("CheckoutCompleted", "checkout/completed/{orderId:int}", new { controller = "Checkout", action = "Completed" });
        endpointRouteBuilder.MapControllerRoute("Login", "sandbox/login", new { controller = "SandboxAccount", action = "Login" });
        endpointRouteBuilder.MapControllerRoute("Logout", "sandbox/logout", new { controller = "SandboxAccount", action = "Logout" });
        endpointRouteBuilder.MapControllerRoute("Register", "sandbox/register", new { controller = "SandboxAccount", action = "Register" });
        endpointRouteBuilder.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");

        // Minimal endpoints the wrk benchmark compares the plugin's middleware and short links with.
        endpointRouteBuilder.MapGet("/sandbox/bench/ok", () => Results.Text("ok"));
        endpointRouteBuilder.MapGet("/sandbox/bench/redirect", () => Results.Redirect("/"));
    }
}
