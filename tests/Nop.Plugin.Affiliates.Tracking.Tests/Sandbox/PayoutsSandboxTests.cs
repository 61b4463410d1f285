using System.Net;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Data;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;
using Nop.Services.Security;
using static Nop.Plugin.Affiliates.Tracking.Tests.Sandbox.MembersTestSupport;
using static Nop.Plugin.Affiliates.Tracking.Tests.Sandbox.PayoutsTestSupport;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

/// <summary>
/// The admin payouts page over HTTP: balances, batches, CSV, "mark paid" with its e-mail, and who may do what.
/// </summary>
[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
[NonParallelizable]
public class PayoutsSandboxTests : SandboxFixture
{
    private PayoutsTestSupport _support;
    private int _productId;

    public PayoutsSandboxTests(DatabaseEngine engine) : base(engine)
    {
    }

    protected override async Task OnSandboxStartedAsync()
    {
        _support = new PayoutsTestSupport(Server.Host);
        _productId = await new ShareLinkTestSupport(Server.Host).GetProductIdAsync("Hoodie");
    }

    [TearDown]
    public void ResetClock() => Server?.Host.Clock.Reset();

    private HttpClient CreateShopperClient()
    {
        var client = Server.CreateClient(new CookieContainer());
        ShareLinkTestSupport.UseBrowserUserAgent(client);
        return client;
    }

    private async Task<HttpClient> SignedInAsAsync(string email, string password)
    {
        var client = Server.CreateClient();
        await LoginAsync(client, email, password);
        return client;
    }

    private static Dictionary<string, string> Id(int id) => new() { ["id"] = id.ToString() };

    [Test]
    public async Task Administrator_CreatesBatch_ExportsCsv_MarksPaid_AffiliateEmailedOnce()
    {
        using var shopper = CreateShopperClient();
        await _support.ApprovedAliceOrderAsync(shopper, _productId);
        using var admin = await SignedInAsAsync(SandboxDemoData.AdminEmail, SandboxDemoData.AdminPassword);
        var before = (await _support.GetPayoutsAsync()).Count;

        var page = await admin.GetStringAsync(PayoutsPath);
        var token = await GetTokenAsync(admin, PayoutsPath);
        var withoutToken = await PostFormWithTokenAsync(admin, PayoutsPath + "/CreateBatch", new Dictionary<string, string>(), null);
        var afterRefused = (await _support.GetPayoutsAsync()).Count;
        var create = await PostFormWithTokenAsync(admin, PayoutsPath + "/CreateBatch", new Dictionary<string, string>(), token);
        var payout = (await _support.GetPayoutsAsync()).Last();
        var withBatch = await admin.GetStringAsync(PayoutsPath);
        var csv = await PostFormWithTokenAsync(admin, PayoutsPath + "/ExportCsv", Id(payout.Id), token);
        var csvText = await csv.Content.ReadAsStringAsync();
        var paid = await PostFormWithTokenAsync(admin, PayoutsPath + "/MarkPaid", Id(payout.Id), token);
        var paidAgain = await PostFormWithTokenAsync(admin, PayoutsPath + "/MarkPaid", Id(payout.Id), token);
        var afterPaid = await admin.GetStringAsync(PayoutsPath);
        var emails = (await EmailsAsync(admin)).Where(e => e.TemplateName == AffiliateTrackingDefaults.PayoutSentTemplate && e.Body.Contains(payout.Reference)).ToList();

        Assert.That(page, Does.Contain("payout-balance").And.Contain("data-payable=\"true\"").And.Contain("payout-create"));
        Assert.That(withoutToken.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "antiforgery");
        Assert.That(afterRefused, Is.EqualTo(before));
        Assert.That(create.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await _support.GetPayoutsAsync()).Count, Is.EqualTo(before + 1));
        Assert.That(withBatch, Does.Contain($"data-reference=\"{payout.Reference}\"").And.Contain("payout-mark-paid").And.Contain(SandboxDemoData.AffiliateCustomerEmail));
        Assert.That(csv.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(csv.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(csvText.TrimStart('\uFEFF'), Does.StartWith("PayoutEmail,Amount,Currency,Reference\r\n"));
        Assert.That(csvText, Does.Contain($"{SandboxDemoData.AffiliateCustomerEmail},{payout.TotalAmount:0.00},USD,{payout.Reference}-"));
        Assert.That(new[] { paid.StatusCode, paidAgain.StatusCode }, Has.All.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await _support.GetPayoutsAsync()).Single(p => p.Id == payout.Id).Status, Is.EqualTo(PayoutStatus.Paid));
        Assert.That(afterPaid, Does.Contain($"data-payout-id=\"{payout.Id}\" data-reference=\"{payout.Reference}\" data-paid=\"true\""));
        Assert.That(emails, Has.Count.EqualTo(1), "one payout-sent e-mail, also after a second click");
        Assert.That(emails[0].To, Is.EqualTo(SandboxDemoData.AffiliateCustomerEmail));
    }

    [Test]
    public async Task Administrator_NothingPayableOrUnknownBatch_NothingCreatedNothingPaid()
    {
        using var admin = await SignedInAsAsync(SandboxDemoData.AdminEmail, SandboxDemoData.AdminPassword);
        var token = await GetTokenAsync(admin, PayoutsPath);
        // Whatever earlier tests left payable goes into one batch first, so the next attempt finds nothing.
        await PostFormWithTokenAsync(admin, PayoutsPath + "/CreateBatch", new Dictionary<string, string>(), token);
        var before = await _support.GetPayoutsAsync();

        await admin.GetStringAsync(PayoutsPath);
        var empty = await PostFormWithTokenAsync(admin, PayoutsPath + "/CreateBatch", new Dictionary<string, string>(), token);
        var emptyPage = await admin.GetStringAsync(PayoutsPath);
        var unknownCsv = await PostFormWithTokenAsync(admin, PayoutsPath + "/ExportCsv", Id(987654), token);
        var unknownPaid = await PostFormWithTokenAsync(admin, PayoutsPath + "/MarkPaid", Id(987654), token);
        var unknownPage = await admin.GetStringAsync(PayoutsPath);
        var malformed = await PostFormWithTokenAsync(admin, PayoutsPath + "/MarkPaid", new Dictionary<string, string> { ["id"] = "x'; drop" }, token);
        var badPage = await admin.GetAsync(PayoutsPath + "?page=-5");
        var hugePage = await admin.GetAsync(PayoutsPath + "?page=99999999999");

        Assert.That(new[] { empty.StatusCode, unknownCsv.StatusCode, unknownPaid.StatusCode, malformed.StatusCode }, Has.All.EqualTo(HttpStatusCode.Redirect));
        Assert.That(unknownCsv.Content.Headers.ContentType?.MediaType, Is.Not.EqualTo("text/csv"));
        Assert.That(new[] { badPage.StatusCode, hugePage.StatusCode }, Has.All.EqualTo(HttpStatusCode.OK));
        var after = await _support.GetPayoutsAsync();
        Assert.That(after.Select(p => (p.Id, p.Status)), Is.EqualTo(before.Select(p => (p.Id, p.Status))));
        Assert.That(emptyPage, Does.Contain("No affiliate has an approved balance at or above the minimum payout"));
        Assert.That(unknownPage, Does.Contain("The payout batch was not found."));
    }

    [Test]
    public async Task GuestShopperAndStaffWithoutPermission_NoDataAndNoChange()
    {
        using var shopperClient = CreateShopperClient();
        await _support.ApprovedAliceOrderAsync(shopperClient, _productId);
        using var guest = Server.CreateClient();
        using var shopper = await SignedInAsAsync(SandboxDemoData.ShopperEmail, SandboxDemoData.ShopperPassword);
        using var clerk = Server.CreateClient();
        await _support.CreateAdminWithPermissionsAsync(clerk);
        using var viewer = Server.CreateClient();
        await _support.CreateAdminWithPermissionsAsync(viewer, StandardPermission.Promotions.AFFILIATES_VIEW);
        using var admin = await SignedInAsAsync(SandboxDemoData.AdminEmail, SandboxDemoData.AdminPassword);
        var adminToken = await GetTokenAsync(admin, PayoutsPath);

        // The viewer reads the page (balances, batches) but has no buttons and cannot create, export or pay.
        var viewerPage = await viewer.GetAsync(PayoutsPath);
        var viewerBody = await viewerPage.Content.ReadAsStringAsync();
        var viewerToken = await GetTokenAsync(viewer, "customer/affiliate");
        var viewerCreate = await PostFormWithTokenAsync(viewer, PayoutsPath + "/CreateBatch", new Dictionary<string, string>(), viewerToken);
        Assert.That(viewerPage.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(viewerBody, Does.Contain("payout-balance").And.Not.Contain("payout-create").And.Not.Contain("payout-mark-paid"));
        Assert.That(viewerCreate.IsSuccessStatusCode, Is.False);
        Assert.That(viewerCreate.Headers.Location?.OriginalString, Does.Contain("AccessDenied"));
        Assert.That(await _support.GetPayoutsAsync(), Has.None.Matches<AffiliatePayout>(p => p.Status == PayoutStatus.Pending));

        await PostFormWithTokenAsync(admin, PayoutsPath + "/CreateBatch", new Dictionary<string, string>(), adminToken);
        var payout = (await _support.GetPayoutsAsync()).Single(p => p.Status == PayoutStatus.Pending);
        var emailsBefore = (await EmailsAsync(admin)).Count;

        foreach (var (name, client) in new[] { ("guest", guest), ("shopper", shopper), ("clerk", clerk), ("viewer", viewer) })
        {
            if (name != "viewer")
            {
                var list = await client.GetAsync(PayoutsPath);
                var body = await list.Content.ReadAsStringAsync();
                Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), name);
                Assert.That(body, Does.Not.Contain(payout.Reference).And.Not.Contain("payout-balance"), name);
            }

            var token = name == "guest" ? null : await GetTokenAsync(client, "customer/affiliate");
            var create = await PostFormWithTokenAsync(client, PayoutsPath + "/CreateBatch", new Dictionary<string, string>(), token);
            var csv = await PostFormWithTokenAsync(client, PayoutsPath + "/ExportCsv", Id(payout.Id), token);
            var csvBody = await csv.Content.ReadAsStringAsync();
            var paid = await PostFormWithTokenAsync(client, PayoutsPath + "/MarkPaid", Id(payout.Id), token);

            Assert.That(new[] { create, csv, paid }.Select(r => r.IsSuccessStatusCode), Has.All.False, name);
            Assert.That(csvBody, Does.Not.Contain(payout.Reference).And.Not.Contain(SandboxDemoData.AffiliateCustomerEmail), name);
        }

        var payouts = await _support.GetPayoutsAsync();
        Assert.That(payouts.Single(p => p.Id == payout.Id).Status, Is.EqualTo(PayoutStatus.Pending));
        Assert.That(payouts.Count(p => p.Status == PayoutStatus.Pending), Is.EqualTo(1));
        Assert.That((await EmailsAsync(admin)).Count, Is.EqualTo(emailsBefore));
    }
}
