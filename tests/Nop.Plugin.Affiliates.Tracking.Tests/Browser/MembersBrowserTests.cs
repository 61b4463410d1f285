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
        var members = new MembersGridPage(admin);
        await members.OpenAsync();
        await members.SearchAsync(email);
        Assert.That(await admin.Locator("#members-grid tbody tr").CountAsync(), Is.EqualTo(1), "the search filters the grid to the applicant");
        await Assertions.Expect(members.Status(email)).ToHaveTextAsync("Applied");
        Assert.That(await members.Row(email).Locator(".member-suspend").CountAsync(), Is.Zero, "only possible actions are offered");

        // Approving answers with a message and redraws the row with its new status, affiliate and rates links.
        await members.DecideAsync(email, "Approve", "Welcome");
        await Assertions.Expect(members.Result).ToHaveAttributeAsync("data-state", "success");
        await Assertions.Expect(members.Result).ToHaveTextAsync("The membership has been updated.");
        await Assertions.Expect(members.Status(email)).ToHaveTextAsync("Approved");
        var row = members.Row(email);
        Assert.That(await row.Locator(".member-affiliate").GetAttributeAsync("href"), Does.Match(@"/Admin/Affiliate/Edit/\d+$"));
        Assert.That(await row.Locator(".member-customer").GetAttributeAsync("href"), Does.Match(@"/Admin/Customer/Edit/\d+$"));
        Assert.That(await row.TextContentAsync(), Does.Contain("Welcome").And.Contain("I write about tea."));
        var rates = await row.Locator(".member-rates").GetAttributeAsync("href");
        Assert.That(rates, Does.Contain("/Admin/AffiliateTrackingMember/Rates?affiliateId="));

        // A change the status does not allow is refused with the reason (the page still offered it: another admin moved first).
        await admin.EvaluateAsync("() => { const b = document.createElement('button'); b.type = 'button'; b.className = 'member-reject'; b.dataset.memberAction = 'Reject'; document.querySelector('#members-grid .member-actions').appendChild(b); }");
        await members.DecideAsync(email, "Reject");
        await Assertions.Expect(members.Result).ToHaveAttributeAsync("data-state", "error");
        await Assertions.Expect(members.Result).ToHaveTextAsync("This change is not possible in the member's current status.");
        await Assertions.Expect(members.Status(email)).ToHaveTextAsync("Approved");

        // Suspend and reinstate from the grid; the status filter finds the member only in the matching status.
        await members.DecideAsync(email, "Suspend");
        await Assertions.Expect(members.Status(email)).ToHaveTextAsync("Suspended");
        await members.SearchAsync(email, "20");
        Assert.That(await members.Row(email).CountAsync(), Is.Zero);
        await members.SearchAsync(email, "40");
        await members.DecideAsync(email, "Reinstate");
        await Assertions.Expect(members.Result).ToHaveAttributeAsync("data-state", "success");
        Assert.That(await members.Row(email).CountAsync(), Is.Zero, "the grid reloads with the filter: no longer suspended");
        await members.SearchAsync(email);
        await Assertions.Expect(members.Status(email)).ToHaveTextAsync("Approved");
        var ratesPage = await admin.GotoAsync(rates);
        Assert.That(ratesPage.Status, Is.EqualTo(200), "the commission rates link opens the member's rates page");

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
