using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Affiliates;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Data;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

/// <summary>
/// The admin conversions report over HTTP in the sandbox store: page, grid JSON with filters, CSV export, bad input,
/// and every action refused (no data) to callers without Promotions.AffiliatesView.
/// </summary>
[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class ConversionReportSandboxTests : SandboxFixture
{
    private const string PagePath = "Admin/AffiliateTracking/Conversions";
    private const string ListPath = "Admin/AffiliateTracking/Conversions/List";
    private const string ExportPath = "Admin/AffiliateTracking/Conversions/ExportCsv";

    private int _aliceId;
    private int _bobId;

    public ConversionReportSandboxTests(DatabaseEngine engine) : base(engine)
    {
    }

    protected override async Task OnSandboxStartedAsync()
    {
        _aliceId = await GetAffiliateIdAsync("alice");
        _bobId = await GetAffiliateIdAsync("bob");
        var now = Server.Host.Clock.UtcNow;

        await Server.Host.InScopeAsync(async services =>
        {
            var repository = services.GetRequiredService<IRepository<AffiliateCommission>>();
            await repository.InsertAsync(new List<AffiliateCommission>
            {
                Commission(9001, _aliceId, now.AddDays(-3), AttributionSource.Coupon, CommissionStatus.Pending, "ALICE-X", 4.50m),
                Commission(9002, _bobId, now.AddDays(-2), AttributionSource.Link, CommissionStatus.Approved, null, 2.00m),
                Commission(9003, _aliceId, now.AddDays(-1), AttributionSource.Coupon, CommissionStatus.Paid, "=CMD()", 1.25m)
            });
            return 0;
        });
    }

    private static AffiliateCommission Commission(int orderId, int affiliateId, DateTime createdOnUtc, AttributionSource source,
        CommissionStatus status, string couponCode, decimal amount) => new()
    {
        OrderId = orderId,
        AffiliateId = affiliateId,
        Source = source,
        Status = status,
        CouponCode = couponCode,
        BaseAmount = amount * 10,
        Amount = amount,
        OrderCurrencyCode = "USD",
        OrderCurrencyRate = 1m,
        CreatedOnUtc = createdOnUtc,
        UpdatedOnUtc = createdOnUtc
    };

    [Test]
    public async Task ReportPage_Admin_RendersFiltersTotalsGridAndExportForm()
    {
        using var client = await AdminClientAsync();

        var response = await client.GetAsync(PagePath);
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), html);
        Assert.That(html, Does.Contain("Affiliate conversions"));
        Assert.That(html, Does.Contain("id=\"conversion-program-totals\""));
        Assert.That(Regex.Match(html, "data-total=\"conversions\">([^<]*)<").Groups[1].Value, Is.EqualTo("3"));
        Assert.That(html, Does.Contain("id=\"conversions-grid\""));
        Assert.That(html, Does.Contain("data-url=\"/Admin/AffiliateTracking/Conversions/List\""));
        Assert.That(html, Does.Contain("action=\"/Admin/AffiliateTracking/Conversions/ExportCsv\""));
        Assert.That(html, Does.Contain("name=\"__RequestVerificationToken\""));
        Assert.That(html, Does.Contain("id=\"SearchCouponCode\""));
        Assert.That(html, Does.Contain("Lifetime referral"), "source list is localized");
        Assert.That(html, Does.Contain("id=\"active-menu-item\">Affiliates.Tracking.Conversions<"));
    }

    [Test]
    public async Task ConversionList_CouponCodeFilter_OnlyThatConversion()
    {
        using var client = await AdminClientAsync();
        var token = await GetTokenAsync(client);

        var json = await PostListAsync(client, token, ("SearchCouponCode", "alice-x"));

        Assert.That(json.GetProperty("RecordsTotal").GetInt32(), Is.EqualTo(1));
        var row = json.GetProperty("Data")[0];
        Assert.That(row.GetProperty("OrderId").GetInt32(), Is.EqualTo(9001));
        Assert.That(row.GetProperty("AffiliateName").GetString(), Does.Contain("Alice"));
        Assert.That(row.GetProperty("Source").GetString(), Is.EqualTo("Coupon"));
        Assert.That(row.GetProperty("Status").GetString(), Is.EqualTo("Pending"));
        Assert.That(row.GetProperty("Amount").GetDecimal(), Is.EqualTo(4.50m));
        Assert.That(row.GetProperty("AmountText").GetString(), Is.EqualTo("4.50"), "the grid shows the amount formatted on the server");
    }

    [Test]
    public async Task ConversionList_NoFilterAndStatusFilter_NewestFirstAndFiltered()
    {
        using var client = await AdminClientAsync();
        var token = await GetTokenAsync(client);

        var all = await PostListAsync(client, token);
        var approved = await PostListAsync(client, token, ("SearchStatusId", ((int)CommissionStatus.Approved).ToString()));
        var bob = await PostListAsync(client, token, ("SearchAffiliateId", _bobId.ToString()));
        var link = await PostListAsync(client, token, ("SearchSourceId", ((int)AttributionSource.Link).ToString()));
        var none = await PostListAsync(client, token, ("SearchStartDate", "2001-01-01"), ("SearchEndDate", "2001-01-31"));

        Assert.That(all.GetProperty("Data").EnumerateArray().Select(row => row.GetProperty("OrderId").GetInt32()), Is.EqualTo(new[] { 9003, 9002, 9001 }));
        Assert.That(approved.GetProperty("Data").EnumerateArray().Select(row => row.GetProperty("OrderId").GetInt32()), Is.EqualTo(new[] { 9002 }));
        Assert.That(bob.GetProperty("Data").EnumerateArray().Select(row => row.GetProperty("OrderId").GetInt32()), Is.EqualTo(new[] { 9002 }));
        Assert.That(link.GetProperty("Data").EnumerateArray().Select(row => row.GetProperty("OrderId").GetInt32()), Is.EqualTo(new[] { 9002 }));
        Assert.That(none.GetProperty("RecordsTotal").GetInt32(), Is.Zero);
    }

    [TestCase("start", "-40", "length", "-3", TestName = "ConversionList_NegativePaging_FirstDefaultPage")]
    [TestCase("start", "0", "length", "100000", TestName = "ConversionList_HugePageSize_Clamped")]
    public async Task ConversionList_BadPaging_ClampedNotFailed(string name1, string value1, string name2, string value2)
    {
        using var client = await AdminClientAsync();
        var token = await GetTokenAsync(client);

        var json = await PostListAsync(client, token, (name1, value1), (name2, value2));

        Assert.That(json.GetProperty("Data").GetArrayLength(), Is.EqualTo(3));
    }

    [TestCase("SearchStartDate", "31/31/2026", TestName = "ConversionList_MalformedDate_BadRequest")]
    [TestCase("SearchSourceId", "77", TestName = "ConversionList_UnknownSource_BadRequest")]
    [TestCase("SearchStatusId", "-1", TestName = "ConversionList_UnknownStatus_BadRequest")]
    [TestCase("SearchAffiliateId", "-5", TestName = "ConversionList_NegativeAffiliate_BadRequest")]
    [TestCase("SearchAffiliateId", "abc", TestName = "ConversionList_NonNumericAffiliate_BadRequest")]
    public async Task ConversionList_BadFilter_BadRequestWithMessage(string name, string value)
    {
        using var client = await AdminClientAsync();
        var token = await GetTokenAsync(client);

        var response = await client.PostAsync(ListPath, Form(token, (name, value)));
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
        Assert.That(JsonDocument.Parse(body).RootElement.GetProperty("error").GetString(), Is.Not.Empty);
        Assert.That(body, Does.Not.Contain("9001"));
    }

    [Test]
    public async Task ExportCsv_Admin_StreamsGuardedCsvOfTheFilter()
    {
        using var client = await AdminClientAsync();
        var token = await GetTokenAsync(client);

        var response = await client.PostAsync(ExportPath, Form(token, ("SearchAffiliateId", _aliceId.ToString())));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = System.Text.Encoding.UTF8.GetString(bytes);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(response.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 BOM for spreadsheets");
        var lines = text.TrimStart('\uFEFF').TrimEnd().Split("\r\n");
        Assert.That(lines[0], Does.StartWith("OrderId,DateUtc,AffiliateId,Affiliate,Source,CouponCode"));
        Assert.That(lines, Has.Length.EqualTo(3));
        Assert.That(lines[1], Does.StartWith("9003,").And.Contain(",'=CMD(),"), "formula guarded");
        Assert.That(lines[2], Does.StartWith("9001,").And.Contain(",ALICE-X,"));
    }

    [Test]
    public async Task ExportCsv_WithoutAntiforgeryToken_Refused()
    {
        using var client = await AdminClientAsync();

        var response = await client.PostAsync(ExportPath, new FormUrlEncodedContent(new Dictionary<string, string>()));
        var text = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(text, Does.Not.Contain("9001"));
    }

    [Test]
    public async Task ExportCsv_BadFilter_BadRequestNoRows()
    {
        using var client = await AdminClientAsync();
        var token = await GetTokenAsync(client);

        var response = await client.PostAsync(ExportPath, Form(token, ("SearchEndDate", "not-a-date")));
        var text = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(text, Does.Contain("SearchEndDate"));
        Assert.That(text, Does.Not.Contain("9001"));
    }

    public static IEnumerable<TestCaseData> UnauthorizedCallers()
    {
        foreach (var (caller, email, password) in new[]
                 {
                     ("Anonymous", (string)null, (string)null),
                     ("Shopper", SandboxDemoData.ShopperEmail, SandboxDemoData.ShopperPassword),
                     ("AffiliateCustomer", SandboxDemoData.AffiliateCustomerEmail, SandboxDemoData.AffiliateCustomerPassword)
                 })
        {
            foreach (var action in new[] { "Page", "List", "Export" })
                yield return new TestCaseData(email, password, action).SetName($"{action}_{caller}_NoData");
        }
    }

    [TestCaseSource(nameof(UnauthorizedCallers))]
    public async Task EveryAction_WithoutAffiliatesViewPermission_NoData(string email, string password, string action)
    {
        using var client = Server.CreateClient(new CookieContainer());
        if (email is not null)
            await LoginAsync(client, email, password);

        // A token from a page the caller may see, so the refusal is the permission's, not antiforgery's.
        var token = await TryGetTokenAsync(client, "sandbox/login");
        var response = action switch
        {
            "Page" => await client.GetAsync(PagePath),
            "List" => await client.PostAsync(ListPath, Form(token)),
            _ => await client.PostAsync(ExportPath, Form(token))
        };
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(body, Does.Not.Contain("9001").And.Not.Contain("ALICE-X").And.Not.Contain("OrderId,"));
        Assert.That((int)response.StatusCode, Is.EqualTo(302).Or.EqualTo(400).Or.EqualTo(403), body);
    }

    private async Task<HttpClient> AdminClientAsync()
    {
        var client = Server.CreateClient(new CookieContainer());
        await LoginAsync(client, SandboxDemoData.AdminEmail, SandboxDemoData.AdminPassword);
        return client;
    }

    private static async Task<string> GetTokenAsync(HttpClient client)
    {
        var token = await TryGetTokenAsync(client, PagePath);
        Assert.That(token, Is.Not.Null.And.Not.Empty, "antiforgery token on the report page");
        return token;
    }

    private static async Task<string> TryGetTokenAsync(HttpClient client, string path)
    {
        var html = await (await client.GetAsync(path)).Content.ReadAsStringAsync();
        var match = Regex.Match(html, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"");
        if (!match.Success)
            match = Regex.Match(html, "value=\"([^\"]+)\"[^>]*name=\"__RequestVerificationToken\"");
        return match.Success ? match.Groups[1].Value : null;
    }

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields)
    {
        var values = new List<KeyValuePair<string, string>> { new("draw", "1"), new("start", "0"), new("length", "15") };
        foreach (var (name, value) in fields)
        {
            values.RemoveAll(pair => pair.Key == name);
            values.Add(new(name, value));
        }

        if (token is not null)
            values.Add(new("__RequestVerificationToken", token));

        return new FormUrlEncodedContent(values);
    }

    private static async Task<JsonElement> PostListAsync(HttpClient client, string token, params (string Name, string Value)[] fields)
    {
        var response = await client.PostAsync(ListPath, Form(token, fields));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonDocument.Parse(body).RootElement;
    }

    private static async Task LoginAsync(HttpClient client, string email, string password)
    {
        var response = await client.PostAsync("sandbox/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["Password"] = password }));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"login as {email}");
    }

    private Task<int> GetAffiliateIdAsync(string friendlyUrlName) =>
        Server.Host.InScopeAsync(async services =>
            (await services.GetRequiredService<IRepository<Affiliate>>().GetAllAsync(query => query.Where(affiliate => affiliate.FriendlyUrlName == friendlyUrlName))).Single().Id);
}
