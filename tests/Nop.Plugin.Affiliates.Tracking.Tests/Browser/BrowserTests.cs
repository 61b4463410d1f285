using Microsoft.Playwright;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Data;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Browser;

/// <summary>
/// Headless Chromium against a sandbox store on 127.0.0.1 (SQLite).
/// </summary>
[TestFixture]
[NonParallelizable]
public class BrowserTests : SandboxBrowserFixture
{
    private const string CustomerCookieName = ".Nop.Customer";



    [Test]
    public async Task HomePage_ThenAddToCart_SetsHttpOnlyGuestCookieOnlyWhenCustomerIsNeeded()
    {
        await using var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Server.BaseAddress.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        var productNames = await page.Locator(".product-name").AllTextContentsAsync();
        var cookiesAfterHome = await context.CookiesAsync();

        await page.Locator("tr.product", new PageLocatorOptions { HasText = "Coffee mug" }).Locator("button.add-to-cart").ClickAsync();
        await page.WaitForURLAsync("**/cart");
        var cartItems = await page.Locator(".cart-item .product-name").AllTextContentsAsync();
        var guestCookie = (await context.CookiesAsync()).SingleOrDefault(cookie => cookie.Name == CustomerCookieName);

        Assert.That(productNames, Is.EquivalentTo(SandboxDemoData.Products.Select(product => product.Name)));
        Assert.That(cookiesAfterHome.Select(cookie => cookie.Name), Has.No.Member(CustomerCookieName));
        Assert.That(cartItems, Is.EqualTo(new[] { "Coffee mug" }));
        Assert.That(guestCookie, Is.Not.Null, "adding to the cart needs the current customer, which creates the guest cookie");
        Assert.That(guestCookie!.HttpOnly, Is.True);
        Assert.That(Guid.TryParse(guestCookie.Value, out _), Is.True);
    }

    [Test]
    public async Task AdminLogin_ThenConfigure_ShowsPluginConfigurationPage()
    {
        await using var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Server.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        var friendlyName = Server.Host.Services.GetService(typeof(SandboxPluginRegistry)) is SandboxPluginRegistry registry ? registry.Descriptor.FriendlyName : null;

        await page.GotoAsync("/Admin/AffiliateTracking/Configure");
        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo("/sandbox/login"), "anonymous visitors are sent to the sandbox login");

        await page.FillAsync("#Email", SandboxDemoData.AdminEmail);
        await page.FillAsync("#Password", SandboxDemoData.AdminPassword);
        await page.ClickAsync("#login-button");
        await page.WaitForURLAsync("**/Admin/AffiliateTracking/Configure");

        var title = await page.Locator("#configure-plugin-title").TextContentAsync();
        var layoutLabel = await page.Locator("#admin-layout-label").TextContentAsync();
        var labels = await page.Locator("form label").AllTextContentsAsync();

        Assert.That(title, Does.Contain(friendlyName));
        Assert.That(layoutLabel, Does.Contain("Sandbox admin layout"));
        Assert.That(labels, Is.Not.Empty);
        Assert.That(labels, Has.None.StartsWith("Plugins.Affiliates.Tracking."), "labels come from the plugin's installed resources");
    }
}
