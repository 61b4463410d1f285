using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Data;
using Nop.Plugin.Affiliates.Tracking.Services.Commissions;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Browser;

/// <summary>
/// Issue 7's walk-through in headless Chromium: a customer registers, applies and is approved on the members page,
/// copies a share link; a shopper follows it and buys in the storefront; the dashboard shows the click and the
/// conversion. The order is paid, the hold period passes (sandbox clock and task APIs), the owner creates a payout batch
/// on the Payouts page, exports its CSV and marks it paid, and the affiliate sees the payout on the dashboard.
/// </summary>
[TestFixture]
[NonParallelizable]
public class PayoutsBrowserTests : SandboxBrowserFixture
{
    private async Task<IBrowserContext> NewContextAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Server.BaseAddress.ToString(), AcceptDownloads = true });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new BrowserContextGrantPermissionsOptions { Origin = Server.BaseAddress.GetLeftPart(UriPartial.Authority) });
        return context;
    }

    private static async Task LoginAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/sandbox/login");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", password);
        await page.ClickAsync("#login-button");
    }

    [Test]
    public async Task AffiliateJoins_ShopperBuysThroughLink_OwnerPays_AffiliateSeesClickConversionAndPayout()
    {
        var members = new MembersTestSupport(Server.Host);
        await members.UpdateSettingsAsync(settings => settings.MinimumPayoutAmount = 1m);
        var email = MembersTestSupport.NewEmail("payee");
        await using var affiliateContext = await NewContextAsync();
        var affiliate = await affiliateContext.NewPageAsync();

        // Register, apply.
        await affiliate.GotoAsync("/");
        await affiliate.ClickAsync("#nav-register");
        await affiliate.FillAsync("#FirstName", "Petra");
        await affiliate.FillAsync("#LastName", "Payee");
        await affiliate.FillAsync("#Email", email);
        await affiliate.FillAsync("#Password", "secret-1");
        await affiliate.ClickAsync("#register-button");
        await affiliate.GotoAsync("/customer/affiliate");
        await affiliate.CheckAsync("#Application_AcceptTerms");
        await affiliate.ClickAsync("#affiliate-apply");
        await affiliate.Locator("#affiliate-pending").WaitForAsync();

        // The owner approves on the members page.
        await using var adminContext = await NewContextAsync();
        var admin = await adminContext.NewPageAsync();
        await LoginAsync(admin, SandboxDemoData.AdminEmail, SandboxDemoData.AdminPassword);
        var membersGrid = new MembersGridPage(admin);
        await membersGrid.OpenAsync(email);
        await membersGrid.DecideAsync(email, "Approve");
        await Assertions.Expect(membersGrid.Status(email)).ToHaveTextAsync("Approved");

        // The affiliate builds a share link to a product and copies it.
        await affiliate.GotoAsync("/customer/affiliate");
        Assert.That(await affiliate.GetAttributeAsync("#affiliate-program", "data-state"), Is.EqualTo("Dashboard"));
        Assert.That(await affiliate.Locator("#affiliate-payouts").TextContentAsync(), Does.Contain("No payouts yet."));
        await affiliate.FillAsync("#LinkBuilder_DestinationUrl", Server.BaseAddress + "product/2");
        await affiliate.FillAsync("#LinkBuilder_Slug", "petras-pick");
        await affiliate.ClickAsync("#affiliate-create-link");
        var linkRow = affiliate.Locator("tr.affiliate-link").First;
        await linkRow.WaitForAsync();
        await linkRow.Locator(".affiliate-copy").ClickAsync();
        await Assertions.Expect(linkRow.Locator(".affiliate-copy")).ToHaveTextAsync("Copied!");
        var shareUrl = await affiliate.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.That(shareUrl, Does.EndWith("/go/petras-pick"));

        // A shopper follows the link and buys the product in the storefront.
        // (A shopper's browser: headless Chromium's own user agent is one the plugin counts as a bot.)
        await using var shopperContext = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString(), UserAgent = ShareLinkTestSupport.BrowserUserAgent
        });
        var shopper = await shopperContext.NewPageAsync();
        await shopper.GotoAsync(shareUrl);
        Assert.That(new Uri(shopper.Url).AbsolutePath, Is.EqualTo("/product/2"));
        var links = new ShareLinkTestSupport(Server.Host);
        var memberBeforeOrder = await members.GetMemberByEmailAsync(email);
        var link = (await members.GetLinksAsync(memberBeforeOrder.AffiliateId)).Single();
        await links.WaitForClicksAsync(link.Id, 1);
        var ticketCookie = (await shopperContext.CookiesAsync()).Single(c => c.Name == ShareLinkTestSupport.CookieName);
        await links.WaitForAttributionAsync(links.ReadTicket(ticketCookie.Value)!.VisitorId, attribution => attribution.CustomerId > 0);
        await shopper.ClickAsync("#add-to-cart");
        await shopper.GotoAsync("/cart");
        await shopper.ClickAsync("#checkout");
        await shopper.ClickAsync("#confirm-order");
        await shopper.Locator("#order-completed").WaitForAsync();

        // The affiliate's dashboard shows the click and the conversion.
        var member = await members.GetMemberByEmailAsync(email);
        var commission = await WaitForCommissionAsync(member.AffiliateId);
        await affiliate.GotoAsync("/customer/affiliate?days=7");
        Assert.That(long.Parse((await affiliate.Locator("[data-total='clicks']").TextContentAsync())!.Trim()), Is.GreaterThanOrEqualTo(1));
        Assert.That((await affiliate.Locator("[data-total='conversions']").TextContentAsync())!.Trim(), Is.EqualTo("1"));
        Assert.That(await affiliate.Locator($"tr.affiliate-commission[data-order-id='{commission.OrderId}']").GetAttributeAsync("data-status"), Is.EqualTo("Pending"));
        Assert.That(await affiliate.Locator("#affiliate-chart svg g.affiliate-chart-day").CountAsync(), Is.EqualTo(7));

        // The order is paid and the hold period passes (sandbox order, clock and task APIs).
        using (var api = new HttpClient { BaseAddress = Server.BaseAddress })
        {
            (await api.PostAsJsonAsync($"sandbox/api/orders/{commission.OrderId}/pay", new { })).EnsureSuccessStatusCode();
            (await api.PostAsJsonAsync("sandbox/api/clock", new { AdvanceDays = 31 })).EnsureSuccessStatusCode();
            (await api.PostAsync("scheduletask/runtask", new FormUrlEncodedContent(new Dictionary<string, string> { ["taskType"] = AffiliateTrackingDefaults.CommissionLedgerTaskType }))).EnsureSuccessStatusCode();
        }

        Server.Host.Clock.Reset();

        // The owner creates a payout batch, exports it and marks it paid.
        await admin.GotoAsync("/Admin/AffiliateTracking/Payouts");
        Assert.That(await admin.Locator($"tr.payout-balance[data-affiliate-id='{member.AffiliateId}']").GetAttributeAsync("data-payable"), Is.EqualTo("true"));
        await admin.ClickAsync("#payout-create");
        // The batches grid (DataTables) loads its rows from the list endpoint; a batch is the grid row holding its lines.
        var batch = admin.Locator($"#payout-batches-grid > tbody > tr:has(tr.payout-line[data-affiliate-id='{member.AffiliateId}'])");
        await batch.WaitForAsync();
        var reference = await batch.Locator(".payout-batch").GetAttributeAsync("data-reference");
        var download = await admin.RunAndWaitForDownloadAsync(() => batch.Locator(".payout-export").ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.That(csv, Does.Contain(email).And.Contain(reference));
        await batch.Locator(".payout-mark-paid").ClickAsync();
        await Assertions.Expect(admin.Locator("#payout-result[data-state='success']")).ToContainTextAsync(reference);
        await Assertions.Expect(admin.Locator($".payout-batch[data-reference='{reference}']")).ToHaveAttributeAsync("data-paid", "true");
        await Assertions.Expect(admin.Locator($"#payout-batches-grid > tbody > tr:has(.payout-batch[data-reference='{reference}']) .payout-mark-paid")).ToHaveCountAsync(0);

        // The affiliate sees the payout.
        await affiliate.GotoAsync("/customer/affiliate");
        var payoutRow = affiliate.Locator("tr.affiliate-payout").First;
        Assert.That(await payoutRow.GetAttributeAsync("data-reference"), Does.StartWith(reference));
        Assert.That(await payoutRow.GetAttributeAsync("data-status"), Is.EqualTo("Paid"));
        Assert.That(await affiliate.Locator($"tr.affiliate-commission[data-order-id='{commission.OrderId}']").GetAttributeAsync("data-status"), Is.EqualTo("Paid"));
    }

    private async Task<Nop.Plugin.Affiliates.Tracking.Domain.AffiliateCommission> WaitForCommissionAsync(int affiliateId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var commissions = await Server.Host.InScopeAsync(async services =>
                await services.GetRequiredService<IAffiliateCommissionService>().GetCommissionsByAffiliateIdAsync(affiliateId));
            if (commissions.Count > 0 || DateTime.UtcNow > deadline)
            {
                Assert.That(commissions, Has.Count.EqualTo(1), "the storefront order credits the affiliate");
                return commissions[0];
            }

            await Task.Delay(100);
        }
    }
}
