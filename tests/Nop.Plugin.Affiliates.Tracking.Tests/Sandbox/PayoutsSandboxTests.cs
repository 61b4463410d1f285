using System.Net;
using System.Text.Json;
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
        var listed = BatchRow(await ListJsonAsync(admin, token), payout.Reference);
        var csv = await PostFormWithTokenAsync(admin, PayoutsPath + "/ExportCsv", Id(payout.Id), token);
        var csvText = await csv.Content.ReadAsStringAsync();
        var paid = await PostFormWithTokenAsync(admin, PayoutsPath + "/MarkPaid", Id(payout.Id), token);
        var paidAgain = await PostFormWithTokenAsync(admin, PayoutsPath + "/MarkPaid", Id(payout.Id), token);
        var afterPaid = BatchRow(await ListJsonAsync(admin, token), payout.Reference);
        var emails = (await EmailsAsync(admin)).Where(e => e.TemplateName == AffiliateTrackingDefaults.PayoutSentTemplate && e.Body.Contains(payout.Reference)).ToList();

        Assert.That(page, Does.Contain("payout-balance").And.Contain("data-payable=\"true\"").And.Contain("payout-create"));
        Assert.That(withoutToken.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "antiforgery");
        Assert.That(afterRefused, Is.EqualTo(before));
        Assert.That(create.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await _support.GetPayoutsAsync()).Count, Is.EqualTo(before + 1));
        Assert.That(withBatch, Does.Contain("id=\"payout-batches-grid\"").And.Contain("custom:renderPayoutActions").And.Contain("payout-mark-paid"));
        // The page names the new batch only in the "created" notification; its row comes from the grid's list endpoint.
        Assert.That(withBatch, Does.Contain($"Payout batch {payout.Reference} created").And.Not.Contain($"data-reference=\"{payout.Reference}\""));
        Assert.That(listed.GetProperty("IsPaid").GetBoolean(), Is.False);
        Assert.That(listed.GetProperty("Lines").EnumerateArray().Select(line => line.GetProperty("PayoutEmail").GetString()), Does.Contain(SandboxDemoData.AffiliateCustomerEmail));
        Assert.That(csv.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(csv.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(csvText.TrimStart('\uFEFF'), Does.StartWith("PayoutEmail,Amount,Currency,Reference\r\n"));
        Assert.That(csvText, Does.Contain($"{SandboxDemoData.AffiliateCustomerEmail},{payout.TotalAmount:0.00},USD,{payout.Reference}-"));
        Assert.That(new[] { paid.StatusCode, paidAgain.StatusCode }, Has.All.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await _support.GetPayoutsAsync()).Single(p => p.Id == payout.Id).Status, Is.EqualTo(PayoutStatus.Paid));
        Assert.That((afterPaid.GetProperty("Id").GetInt32(), afterPaid.GetProperty("IsPaid").GetBoolean(), afterPaid.GetProperty("StatusName").GetString()), Is.EqualTo((payout.Id, true, "Paid")));
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
            if (name != "viewer")
            {
                foreach (var ajax in new[] { false, true })
                {
                    var data = await PostListAsync(client, token, ajax);
                    var dataBody = await data.Content.ReadAsStringAsync();
                    Assert.That(data.IsSuccessStatusCode && dataBody.Contains("\"Data\""), Is.False, $"{name} ajax={ajax}");
                    Assert.That(dataBody, Does.Not.Contain(payout.Reference).And.Not.Contain("RecordsTotal"), $"{name} ajax={ajax}");
                }
            }
            else
            {
                Assert.That(BatchRow(await ListJsonAsync(client, token), payout.Reference).GetProperty("IsPaid").GetBoolean(), Is.False, "the viewer sees the batch");
            }

            var ajaxPaid = await PostAjaxAsync(client, PayoutsPath + "/MarkPaid", Id(payout.Id), token);
            Assert.That(await ajaxPaid.Content.ReadAsStringAsync(), Does.Not.Contain("\"success\":true"), name);
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

    [Test]
    public async Task PayoutList_PagesServerSide_NewestBatchFirst()
    {
        using var admin = await SignedInAsAsync(SandboxDemoData.AdminEmail, SandboxDemoData.AdminPassword);
        var token = await GetTokenAsync(admin, PayoutsPath);
        // Far in the future, so these three are the newest batches whatever other tests created.
        var stem = $"GRID{Guid.NewGuid():N}"[..12];
        var references = await _support.InsertPayoutsAsync(stem, 3, new DateTime(2199, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        var first = await ListJsonAsync(admin, token, ("start", "0"), ("length", "2"), ("draw", "4"));
        var second = await ListJsonAsync(admin, token, ("start", "2"), ("length", "2"));
        var all = await _support.GetPayoutsAsync();

        Assert.That(first.GetProperty("Draw").GetString(), Is.EqualTo("4"));
        Assert.That(new[] { first, second }.Select(page => page.GetProperty("RecordsTotal").GetInt32()), Has.All.EqualTo(all.Count));
        Assert.That(References(first), Is.EqualTo(new[] { references[2], references[1] }), "newest batch first");
        Assert.That(References(second).First(), Is.EqualTo(references[0]));
        Assert.That(References(second), Has.Count.EqualTo(Math.Min(2, all.Count - 2)));
        var row = first.GetProperty("Data")[0];
        Assert.That((row.GetProperty("IsPaid").GetBoolean(), row.GetProperty("StatusName").GetString(), row.GetProperty("TotalAmount").GetDecimal(), row.GetProperty("CurrencyCode").GetString()),
            Is.EqualTo((true, "Paid", 12m, "USD")));
        Assert.That(row.GetProperty("TotalAmountText").GetString(), Is.EqualTo("12.00 USD"), "the grid shows the total formatted on the server");
        Assert.That(row.GetProperty("Lines").GetArrayLength(), Is.Zero);
    }

    [TestCase("-40", "-3", 15, TestName = "PayoutList_NegativePaging_FirstDefaultPage")]
    [TestCase("0", "100000", 100, TestName = "PayoutList_HugeLength_ClampedToMaximum")]
    [TestCase("2147483647", "100", 0, TestName = "PayoutList_HugeStart_EmptyPageNotFailure")]
    public async Task PayoutList_BadPaging_Clamped(string start, string length, int expectedMaxRows)
    {
        using var admin = await SignedInAsAsync(SandboxDemoData.AdminEmail, SandboxDemoData.AdminPassword);
        var token = await GetTokenAsync(admin, PayoutsPath);
        await _support.InsertPayoutsAsync($"CLAMP{Guid.NewGuid():N}"[..12], 3, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        var json = await ListJsonAsync(admin, token, ("start", start), ("length", length));

        var total = json.GetProperty("RecordsTotal").GetInt32();
        Assert.That(total, Is.GreaterThanOrEqualTo(3));
        Assert.That(json.GetProperty("Data").GetArrayLength(), Is.EqualTo(Math.Min(total, expectedMaxRows)));
    }

    [TestCase("start", "abc", "start", TestName = "PayoutList_NonNumericStart_BadRequest")]
    [TestCase("length", "1e9", "length", TestName = "PayoutList_NonNumericLength_BadRequest")]
    public async Task PayoutList_UnreadablePaging_BadRequestWithMessage(string name, string value, string message)
    {
        using var admin = await SignedInAsAsync(SandboxDemoData.AdminEmail, SandboxDemoData.AdminPassword);
        var token = await GetTokenAsync(admin, PayoutsPath);

        var response = await PostListAsync(admin, token, true, (name, value));
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
        Assert.That(JsonDocument.Parse(body).RootElement.GetProperty("error").GetString(), Does.Contain(message).IgnoreCase);
        Assert.That(body, Does.Not.Contain("RecordsTotal").And.Not.Contain("Plugins.Affiliates.Tracking."));
    }

    [Test]
    public async Task PayoutList_WithoutAntiforgeryToken_Refused()
    {
        using var admin = await SignedInAsAsync(SandboxDemoData.AdminEmail, SandboxDemoData.AdminPassword);
        await _support.InsertPayoutsAsync($"CSRF{Guid.NewGuid():N}"[..12], 1, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        var response = await PostListAsync(admin, null, true);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("RecordsTotal").And.Not.Contain("CSRF"));
    }

    [Test]
    public async Task MarkPaid_Ajax_AnswersJsonMessage_UnknownBatchIsAnError()
    {
        using var admin = await SignedInAsAsync(SandboxDemoData.AdminEmail, SandboxDemoData.AdminPassword);
        var token = await GetTokenAsync(admin, PayoutsPath);
        // Pending and without lines: marking it paid changes only the batch, and the test leaves it paid.
        var reference = (await _support.InsertPayoutsAsync($"AJAX{Guid.NewGuid():N}"[..12], 1, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), PayoutStatus.Pending))[0];
        var payout = (await _support.GetPayoutsAsync()).Single(p => p.Reference == reference);

        var known = JsonDocument.Parse(await (await PostAjaxAsync(admin, PayoutsPath + "/MarkPaid", Id(payout.Id), token)).Content.ReadAsStringAsync()).RootElement;
        var unknown = JsonDocument.Parse(await (await PostAjaxAsync(admin, PayoutsPath + "/MarkPaid", Id(987654), token)).Content.ReadAsStringAsync()).RootElement;
        var withoutToken = await PostAjaxAsync(admin, PayoutsPath + "/MarkPaid", Id(payout.Id), null);
        var after = (await _support.GetPayoutsAsync()).Single(p => p.Id == payout.Id);

        Assert.That((known.GetProperty("success").GetBoolean(), known.GetProperty("message").GetString()), Is.EqualTo((true, $"Payout batch {reference} is marked as paid.")));
        Assert.That((unknown.GetProperty("success").GetBoolean(), unknown.GetProperty("error").GetString()), Is.EqualTo((false, "The payout batch was not found.")));
        Assert.That(withoutToken.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(after.Status, Is.EqualTo(PayoutStatus.Paid));
    }

    private static JsonElement BatchRow(JsonElement list, string reference) =>
        list.GetProperty("Data").EnumerateArray().Single(row => row.GetProperty("Reference").GetString() == reference);

    private static List<string> References(JsonElement list) =>
        list.GetProperty("Data").EnumerateArray().Select(row => row.GetProperty("Reference").GetString()).ToList();

    private static async Task<HttpResponseMessage> PostAjaxAsync(HttpClient client, string path, IDictionary<string, string> fields, string token)
    {
        var form = new Dictionary<string, string>(fields);
        if (token is not null)
            form["__RequestVerificationToken"] = token;

        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        return await client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> PostListAsync(HttpClient client, string token, bool ajax, params (string Name, string Value)[] fields) =>
        GridListRequests.PostAsync(client, PayoutsPath + "/List", token, ajax, pageSize: 15, fields);

    private static Task<JsonElement> ListJsonAsync(HttpClient client, string token, params (string Name, string Value)[] fields) =>
        GridListRequests.JsonAsync(client, PayoutsPath + "/List", token, pageSize: 15, fields);
}
