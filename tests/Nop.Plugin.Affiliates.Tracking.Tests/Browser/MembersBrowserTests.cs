using Microsoft.Playwright;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Data;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Browser;

/// <summary>
/// The affiliate program end to end in headless Chromium: a shopper registers and applies, an administrator approves on
/// the members page, and the new affiliate builds a share link and copies it with the copy button.
/// </summary>
[TestFixture]
[NonParallelizable]
public class MembersBrowserTests : SandboxBrowserFixture
{
    private async Task<IBrowserContext> NewContextAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Server.BaseAddress.ToString() });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new BrowserContextGrantPermissionsOptions { Origin = Server.BaseAddress.GetLeftPart(UriPartial.Authority) });
        return context;
    }

    [Test]
    public async Task Customer_RegistersAppliesIsApprovedThenCreatesAndCopiesShareLink()
    {
        var email = MembersTestSupport.NewEmail("browser");
        await using var customerContext = await NewContextAsync();
        var customer = await customerContext.NewPageAsync();

        // Register like on nopCommerce's register page, then open My account → Affiliate program.
        await customer.GotoAsync("/");
        await customer.ClickAsync("#nav-register");
        await customer.FillAsync("#FirstName", "Paula");
        await customer.FillAsync("#LastName", "Browser");
        await customer.FillAsync("#Email", email);
        await customer.FillAsync("#Password", "secret-1");
        await customer.ClickAsync("#register-button");
        await customer.GotoAsync("/customer/affiliate");
        Assert.That(await customer.GetAttributeAsync("#affiliate-program", "data-state"), Is.EqualTo("Apply"));

        // Applying without the terms is refused with a message; with them it is pending.
        await customer.ClickAsync("#affiliate-apply");
        Assert.That(await customer.Locator("[data-valmsg-for='Application.AcceptTerms']").TextContentAsync(), Does.Contain("accept the affiliate program terms"));
        await customer.CheckAsync("#Application_AcceptTerms");
        await customer.FillAsync("#Application_Message", "I write about tea.");
        await customer.ClickAsync("#affiliate-apply");
        await customer.Locator("#affiliate-pending").WaitForAsync();

        // The administrator approves on the members page.
        await using var adminContext = await NewContextAsync();
        var admin = await adminContext.NewPageAsync();
        await admin.GotoAsync("/sandbox/login");
        await admin.FillAsync("#Email", SandboxDemoData.AdminEmail);
        await admin.FillAsync("#Password", SandboxDemoData.AdminPassword);
        await admin.ClickAsync("#login-button");
        await admin.GotoAsync("/Admin/AffiliateTracking/Members");
        await admin.FillAsync("#SearchKeywords", email);
        await admin.ClickAsync("#search-members");
        var row = admin.Locator($"tr.member-row[data-customer-email='{email}']");
        Assert.That(await row.CountAsync(), Is.EqualTo(1));
        await row.Locator(".member-approve").ClickAsync();
        await admin.GotoAsync($"/Admin/AffiliateTracking/Members?SearchKeywords={Uri.EscapeDataString(email)}");
        Assert.That(await admin.Locator($"tr.member-row[data-customer-email='{email}'] .member-status").TextContentAsync(), Is.EqualTo("Approved"));

        // The affiliate's dashboard: build a share link to a product page and copy it.
        await customer.GotoAsync("/customer/affiliate");
        Assert.That(await customer.GetAttributeAsync("#affiliate-program", "data-state"), Is.EqualTo("Dashboard"));
        Assert.That(await customer.Locator(".block-account-navigation li.active").TextContentAsync(), Does.Contain("Affiliate program"));
        await customer.FillAsync("#LinkBuilder_DestinationUrl", Server.BaseAddress + "product/2");
        await customer.FillAsync("#LinkBuilder_Slug", "paulas-mug");
        await customer.ClickAsync("#affiliate-create-link");
        var linkRow = customer.Locator("tr.affiliate-link").First;
        await linkRow.WaitForAsync();
        var shareUrl = await linkRow.Locator(".affiliate-link-url").InputValueAsync();
        Assert.That(shareUrl, Does.EndWith("/go/paulas-mug"));

        var copy = linkRow.Locator(".affiliate-copy");
        await copy.ClickAsync();
        await Assertions.Expect(copy).ToHaveTextAsync("Copied!");
        var clipboard = await customer.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.That(clipboard, Is.EqualTo(shareUrl));
        Assert.That(await copy.GetAttributeAsync("data-copied"), Is.EqualTo(shareUrl));

        // The QR code of the link is served to its owner as an image.
        var qr = await customer.APIRequest.GetAsync(await linkRow.Locator(".affiliate-qr img").GetAttributeAsync("src"));
        Assert.That(qr.Status, Is.EqualTo(200));
        Assert.That(qr.Headers["content-type"], Is.EqualTo("image/png"));

        // A visitor who follows the copied link lands on the product.
        await using var visitorContext = await Browser.NewContextAsync();
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync(clipboard);
        Assert.That(new Uri(visitor.Url).AbsolutePath, Is.EqualTo("/product/2"));
    }
}
