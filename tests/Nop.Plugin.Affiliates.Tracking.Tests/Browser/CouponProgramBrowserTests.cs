using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Data;
using Nop.Plugin.Affiliates.Tracking.Services.Commissions;
using Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Browser;

/// <summary>
/// The coupon half of issue 7's walk-through in headless Chromium: the owner generates codes for alice and bob on the
/// Affiliate coupons page; a shopper enters alice's code in the cart's discount box and orders; the owner finds exactly
/// that conversion in the Conversions report filtered by the code and source, downloads the CSV, and (after the order is
/// paid and the hold period passes) pays it in a payout batch; alice's dashboard then shows her code and the payout.
/// </summary>
[TestFixture]
[NonParallelizable]
public class CouponProgramBrowserTests : SandboxBrowserFixture
{
    private const string ProductName = "Sandbox T-shirt";

    // The demo template takes 10 % off the T-shirt's 25.00; the default commission is 10 % of the discounted subtotal.
    private const string ExpectedDiscount = "-2.50";
    private const decimal ExpectedBaseAmount = 22.50m;
    private const decimal ExpectedCommission = 2.25m;

    [Test]
    public async Task OwnerGeneratesCodes_ShopperOrdersWithOne_ReportFiltersAndExportsIt_PayoutReachesAffiliate()
    {
        var coupons = new CouponTestSupport(Server.Host);
        var members = new MembersTestSupport(Server.Host);
        await members.UpdateSettingsAsync(settings => settings.MinimumPayoutAmount = 1m);
        var templateId = await coupons.GetTemplateIdAsync();
        var alice = await coupons.GetAffiliateIdAsync("alice");
        var bob = await coupons.GetAffiliateIdAsync("bob");
        var productId = await new ShareLinkTestSupport(Server.Host).GetProductIdAsync(ProductName);

        // The owner generates codes for alice and bob from the template and reads alice's off the page.
        await using var adminContext = await NewContextAsync();
        var admin = await adminContext.NewPageAsync();
        await LoginAsync(admin, SandboxDemoData.AdminEmail, SandboxDemoData.AdminPassword);
        await admin.GotoAsync("/" + CouponTestSupport.CouponsPath);
        await admin.SelectOptionAsync("#Generation_TemplateDiscountId", templateId.ToString());
        await admin.SelectOptionAsync("#Generation_PatternId", ((int)CouponCodePattern.PrefixRandom).ToString());
        await admin.FillAsync("#Generation_Prefix", "SPRING");
        await admin.UncheckAsync("#Generation_AllAffiliates");
        await admin.SelectOptionAsync("#Generation_SelectedAffiliateIds", [alice.ToString(), bob.ToString()]);
        await admin.ClickAsync("#coupon-generate");
        await Assertions.Expect(admin.Locator("#coupon-progress-status")).ToContainTextAsync("All codes have been generated", new() { Timeout = 60_000 });
        // The finished page's grid is filtered to the template (empty before the run), so alice's code appears only there.
        await admin.Locator($"#coupons-grid[data-state='loaded'] .coupon-code[data-affiliate-id='{alice}']").WaitForAsync();
        var aliceRow = admin.Locator($"#coupons-grid tbody tr:has(.coupon-code[data-affiliate-id='{alice}'])");
        var code = (await aliceRow.Locator(".coupon-code").TextContentAsync())!.Trim();
        var bobsCode = (await admin.Locator($"#coupons-grid .coupon-code[data-affiliate-id='{bob}']").TextContentAsync())!.Trim();
        Assert.That(await admin.Locator("#coupons-grid tbody tr").CountAsync(), Is.EqualTo(2), "only the two chosen affiliates got codes");
        Assert.That(code, Does.StartWith("SPRING").And.Not.EqualTo(bobsCode));
        Assert.That(await aliceRow.Locator(".coupon-affiliate").TextContentAsync(), Does.Contain("Alice"));
        Assert.That((await coupons.GetCouponAsync(templateId, alice)).CouponCode, Is.EqualTo(code), "the page shows the stored code");

        // Two other conversions the report filter must leave out: alice by link, bob by his code.
        var others = await PlaceOtherOrdersAsync(productId, bobsCode);

        // A shopper puts the T-shirt in the cart, enters alice's code in the discount box and orders.
        await using var shopperContext = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString(), UserAgent = ShareLinkTestSupport.BrowserUserAgent
        });
        var shopper = await shopperContext.NewPageAsync();
        await shopper.GotoAsync($"/product/{productId}");
        await shopper.ClickAsync("#add-to-cart");
        await shopper.GotoAsync("/cart");
        // Typed as people type codes they read aloud: lower case.
        await shopper.FillAsync("#discountcouponcode", code.ToLowerInvariant());
        await shopper.ClickAsync("#applydiscountcouponcode");
        await Assertions.Expect(shopper.Locator(".applied-coupon strong")).ToHaveTextAsync(code, new() { IgnoreCase = true });
        Assert.That((await shopper.Locator("#subtotal-discount").TextContentAsync())!.Trim(), Is.EqualTo(ExpectedDiscount));
        await shopper.ClickAsync("#checkout");
        await shopper.ClickAsync("#confirm-order");
        await shopper.Locator("#order-completed").WaitForAsync();
        var orderId = int.Parse((await shopper.Locator("#order-number").TextContentAsync())!.Trim());

        var commission = await WaitForCommissionAsync(orderId);
        Assert.That((commission.AffiliateId, commission.Source, commission.CouponCode, commission.BaseAmount, commission.Amount),
            Is.EqualTo((alice, AttributionSource.Coupon, code, ExpectedBaseAmount, ExpectedCommission)));

        // The report, unfiltered, lists all three conversions (and any other test's); filtered by the code (as typed, any case) and source
        // coupon, only the shopper's, with the code as generated.
        await admin.GotoAsync("/Admin/AffiliateTracking/Conversions");
        var grid = admin.Locator("#conversions-grid tbody tr");
        await Assertions.Expect(grid.Locator($"td:first-child:text-is('{orderId}')")).ToHaveCountAsync(1);
        var unfilteredOrders = await grid.Locator("td:first-child").AllTextContentsAsync();
        Assert.That(unfilteredOrders, Is.SupersetOf(new[] { orderId, others.LinkOrderId, others.BobOrderId }.Select(id => id.ToString())));
        await admin.FillAsync("#SearchCouponCode", " " + code.ToLowerInvariant() + " ");
        await admin.SelectOptionAsync("#SearchSourceId", ((int)AttributionSource.Coupon).ToString());
        await admin.ClickAsync("#search-conversions");
        await Assertions.Expect(grid).ToHaveCountAsync(1);
        var cells = (await grid.First.Locator("td").AllTextContentsAsync()).Select(cell => cell.Trim()).ToList();
        Assert.That(cells[0], Is.EqualTo(orderId.ToString()), "order");
        Assert.That(cells[2], Does.Contain("Alice"), "affiliate");
        Assert.That(cells[3], Is.EqualTo("Coupon"), "source");
        Assert.That(cells[4], Is.EqualTo(code), "coupon code");
        Assert.That(cells[6], Is.EqualTo("Pending"), "status");
        Assert.That(decimal.Parse(cells[7], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(ExpectedBaseAmount), "base amount");
        Assert.That(decimal.Parse(cells[8], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(ExpectedCommission), "commission");
        Assert.That(cells, Has.None.EqualTo(others.LinkOrderId.ToString()).And.None.EqualTo(others.BobOrderId.ToString()));

        // Export CSV downloads the filtered rows.
        var download = await admin.RunAndWaitForDownloadAsync(() => admin.ClickAsync("#export-conversions-csv"));
        var lines = (await File.ReadAllTextAsync(await download.PathAsync())).TrimStart('\uFEFF').TrimEnd().Split("\r\n");
        Assert.That(download.SuggestedFilename, Does.StartWith("affiliate-conversions-").And.EndWith(".csv"));
        Assert.That(lines[0], Is.EqualTo("OrderId,DateUtc,AffiliateId,Affiliate,Source,CouponCode,LinkId,Link,Status,BaseAmount,Commission,OrderCurrency,OrderCurrencyRate"));
        Assert.That(lines, Has.Length.EqualTo(2), string.Join("\n", lines));
        var fields = lines[1].Split(',');
        Assert.That((fields[0], fields[2], fields[4], fields[5], fields[8], fields[9], fields[10]),
            Is.EqualTo((orderId.ToString(), alice.ToString(), "Coupon", code, "Pending", "22.50", "2.25")));

        // The order is paid and the hold period passes (sandbox order, clock and task APIs, as the storefront's
        // payment callback and nopCommerce's task runner would do it).
        using (var api = new HttpClient { BaseAddress = Server.BaseAddress })
        {
            (await api.PostAsJsonAsync($"sandbox/api/orders/{orderId}/pay", new { })).EnsureSuccessStatusCode();
            (await api.PostAsJsonAsync("sandbox/api/clock", new { AdvanceDays = 31 })).EnsureSuccessStatusCode();
            (await api.PostAsync("scheduletask/runtask", new FormUrlEncodedContent(new Dictionary<string, string> { ["taskType"] = AffiliateTrackingDefaults.CommissionLedgerTaskType }))).EnsureSuccessStatusCode();
        }

        Server.Host.Clock.Reset();

        // The owner creates a payout batch for alice's approved commission and marks it paid.
        await admin.GotoAsync("/Admin/AffiliateTracking/Payouts");
        var balance = admin.Locator($"tr.payout-balance[data-affiliate-id='{alice}']");
        Assert.That((await balance.GetAttributeAsync("data-payable"), await balance.GetAttributeAsync("data-amount")), Is.EqualTo(("true", "2.25")));
        Assert.That(await admin.Locator($"tr.payout-balance[data-affiliate-id='{bob}']").CountAsync(), Is.Zero, "bob's unpaid order is not payable");
        await admin.ClickAsync("#payout-create");
        // The batches grid (DataTables) loads its rows from the list endpoint; a batch is the grid row holding its lines.
        var batch = admin.Locator($"#payout-batches-grid > tbody > tr:has(tr.payout-line[data-affiliate-id='{alice}'])");
        await batch.WaitForAsync();
        var reference = await batch.Locator(".payout-batch").GetAttributeAsync("data-reference");
        Assert.That(await batch.Locator("tr.payout-line").CountAsync(), Is.EqualTo(1));
        Assert.That(await batch.Locator($"tr.payout-line[data-affiliate-id='{alice}']").TextContentAsync(), Does.Contain("2.25"));
        await batch.Locator(".payout-mark-paid").ClickAsync();
        await Assertions.Expect(admin.Locator("#payout-result[data-state='success']")).ToContainTextAsync(reference);
        await Assertions.Expect(admin.Locator($".payout-batch[data-reference='{reference}']")).ToHaveAttributeAsync("data-paid", "true");
        await Assertions.Expect(admin.Locator($"#payout-batches-grid > tbody > tr:has(.payout-batch[data-reference='{reference}']) .payout-mark-paid")).ToHaveCountAsync(0);

        // Alice signs in and sees her code, the paid commission of the coupon order and the payout.
        await using var affiliateContext = await NewContextAsync();
        var affiliate = await affiliateContext.NewPageAsync();
        await LoginAsync(affiliate, SandboxDemoData.AffiliateCustomerEmail, SandboxDemoData.AffiliateCustomerPassword);
        await affiliate.GotoAsync("/" + MembersTestSupport.AccountPath);
        Assert.That(await affiliate.GetAttributeAsync("#affiliate-program", "data-state"), Is.EqualTo("Dashboard"));
        Assert.That((await affiliate.Locator("#affiliate-coupons .affiliate-coupon-code").AllTextContentsAsync()).Select(c => c.Trim()), Is.EqualTo(new[] { code }));
        var commissionRow = affiliate.Locator($"tr.affiliate-commission[data-order-id='{orderId}']");
        Assert.That(await commissionRow.GetAttributeAsync("data-status"), Is.EqualTo("Paid"));
        Assert.That(await commissionRow.TextContentAsync(), Does.Contain(code).And.Contain("2.25"));
        var payoutRow = affiliate.Locator("tr.affiliate-payout");
        await Assertions.Expect(payoutRow).ToHaveCountAsync(1);
        Assert.That(await payoutRow.GetAttributeAsync("data-reference"), Does.StartWith(reference));
        Assert.That(await payoutRow.GetAttributeAsync("data-status"), Is.EqualTo("Paid"));
        Assert.That(await payoutRow.TextContentAsync(), Does.Contain("2.25"));
    }

    [Test]
    public async Task ConversionsPage_EnterInCouponCodeBox_SearchesInsteadOfDownloadingCsv()
    {
        var productId = await new ShareLinkTestSupport(Server.Host).GetProductIdAsync(ProductName);
        using (var viaLink = Server.CreateClient(new CookieContainer()))
        {
            ShareLinkTestSupport.UseBrowserUserAgent(viaLink);
            (await viaLink.GetAsync("/?affiliate=carol")).EnsureSuccessStatusCode();
            var order = await new SandboxApi(viaLink).PlaceOrderAsync(new { Items = new[] { new { ProductId = productId, Quantity = 1 } } });
            await WaitForCommissionAsync(order.Id);
        }

        await using var adminContext = await NewContextAsync();
        var admin = await adminContext.NewPageAsync();
        var downloads = new List<IDownload>();
        admin.Download += (_, download) => downloads.Add(download);
        await LoginAsync(admin, SandboxDemoData.AdminEmail, SandboxDemoData.AdminPassword);
        await admin.GotoAsync("/Admin/AffiliateTracking/Conversions");
        var grid = admin.Locator("#conversions-grid tbody tr");
        await Assertions.Expect(grid.First).ToBeVisibleAsync();

        // The owner types a code nobody used and presses Enter, as in any search box.
        await admin.FillAsync("#SearchCouponCode", "NOSUCHCODE1");
        await admin.PressAsync("#SearchCouponCode", "Enter");

        await Assertions.Expect(grid).ToHaveCountAsync(0);
        Assert.That(downloads, Is.Empty, "Enter filters the grid; only the Export button downloads");
    }

    private async Task<IBrowserContext> NewContextAsync() =>
        await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Server.BaseAddress.ToString(), AcceptDownloads = true });

    private static async Task LoginAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/sandbox/login");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", password);
        await page.ClickAsync("#login-button");
        await page.WaitForURLAsync(url => !url.Contains("/sandbox/login"));
    }

    // Placed over the sandbox order API by other shoppers; left unpaid.
    private async Task<(int LinkOrderId, int BobOrderId)> PlaceOtherOrdersAsync(int productId, string bobsCode)
    {
        using var viaLink = Server.CreateClient(new CookieContainer());
        ShareLinkTestSupport.UseBrowserUserAgent(viaLink);
        (await viaLink.GetAsync("/?affiliate=alice")).EnsureSuccessStatusCode();
        var linkOrder = await new SandboxApi(viaLink).PlaceOrderAsync(new { Items = new[] { new { ProductId = productId, Quantity = 1 } } });

        using var withBobsCode = Server.CreateClient(new CookieContainer());
        await withBobsCode.GetAsync("/");
        var bobOrder = await new SandboxApi(withBobsCode).PlaceOrderAsync(new { Items = new[] { new { ProductId = productId, Quantity = 1 } }, CouponCodes = new[] { bobsCode } });

        await WaitForCommissionAsync(linkOrder.Id);
        await WaitForCommissionAsync(bobOrder.Id);
        return (linkOrder.Id, bobOrder.Id);
    }

    private async Task<AffiliateCommission> WaitForCommissionAsync(int orderId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var commission = await Server.Host.InScopeAsync(async services =>
                await services.GetRequiredService<IAffiliateCommissionService>().GetCommissionByOrderIdAsync(orderId));
            if (commission is not null)
                return commission;

            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"order {orderId} earns a commission");
            await Task.Delay(100);
        }
    }
}
