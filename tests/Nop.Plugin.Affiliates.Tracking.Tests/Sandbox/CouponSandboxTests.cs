using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Data;
using Nop.Plugin.Affiliates.Tracking.Services.Attribution;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

/// <summary>
/// Per-affiliate coupons over HTTP: the admin coupons page generates alice's, bob's and carol's codes from the demo
/// template (in batches, through ProcessBatch), then shoppers redeem them at the cart and checkout.
/// </summary>
[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class CouponSandboxTests : SandboxFixture
{
    private const int CodeLifetimeDays = 10;

    private static readonly Regex _orderNumber = new("id=\"order-number\">(\\d+)<");

    private CouponTestSupport _support;
    private ShareLinkTestSupport _links;
    private HttpClient _admin;
    private int _templateId;
    private int _alice;
    private int _bob;
    private int _carol;
    private int _productId;
    private IList<CouponProgressJson> _firstRun;

    public CouponSandboxTests(DatabaseEngine engine) : base(engine)
    {
    }

    protected override async Task OnSandboxStartedAsync()
    {
        _support = new CouponTestSupport(Server.Host);
        _links = new ShareLinkTestSupport(Server.Host);
        _templateId = await _support.GetTemplateIdAsync();
        _alice = await _support.GetAffiliateIdAsync("alice");
        _bob = await _support.GetAffiliateIdAsync("bob");
        _carol = await _support.GetAffiliateIdAsync("carol");
        _productId = await _links.GetProductIdAsync("Sandbox T-shirt");

        _admin = Server.CreateClient();
        await CouponTestSupport.LoginAsync(_admin, SandboxDemoData.AdminEmail, SandboxDemoData.AdminPassword);
        var today = Server.Host.Clock.UtcNow.Date;
        var generate = await CouponTestSupport.GenerateAsync(_admin, Form(
            ("TemplateDiscountId", _templateId.ToString()), ("PatternId", "0"), ("AllAffiliates", "true"), ("RandomLength", "4"),
            ("StartDate", today.ToString("yyyy-MM-dd")), ("EndDate", today.AddDays(CodeLifetimeDays).ToString("yyyy-MM-dd")), ("Note", "Spring campaign")));
        _firstRun = await CouponTestSupport.RunJobAsync(_admin, CouponTestSupport.JobIdOf(generate));
    }

    [OneTimeTearDown]
    public void DisposeAdmin() => _admin?.Dispose();

    [TearDown]
    public void ResetClock() => Server?.Host.Clock.Reset();

    [Test]
    public async Task CouponsPage_GenerateForAllAffiliates_OneCodePerAffiliateShownWithLinks()
    {
        var coupons = await _support.GetCouponsAsync(_templateId);
        var discount = await _support.GetDiscountAsync(coupons[0].DiscountId);
        var token = CouponTestSupport.TokenOf(await _admin.GetStringAsync(CouponTestSupport.CouponsPath));
        var list = await ListJsonAsync(_admin, token, ("SearchTemplateDiscountId", _templateId.ToString()));
        var rows = list.GetProperty("Data").EnumerateArray().ToList();

        Assert.That(_firstRun[^1], Is.EqualTo(_firstRun[^1] with { Completed = true, Percent = 100, TotalCount = 3, ProcessedCount = 3, CreatedCount = 3, SkippedCount = 0 }));
        Assert.That(coupons.Select(c => c.AffiliateId), Is.EquivalentTo(new[] { _alice, _bob, _carol }));
        Assert.That((discount.IsActive, discount.AdminComment, discount.EndDateUtc?.Date), Is.EqualTo((true, "Spring campaign", (DateTime?)Server.Host.Clock.UtcNow.Date.AddDays(CodeLifetimeDays))));
        Assert.That(rows.Select(row => row.GetProperty("CouponCode").GetString()), Is.SupersetOf(coupons.Select(c => c.CouponCode)));
        var first = rows.Single(row => row.GetProperty("Id").GetInt32() == coupons[0].Id);
        Assert.That(first.GetProperty("TrackingUrl").GetString(), Does.Contain("discountcoupon=" + coupons[0].CouponCode), "the tracking link carries the code");
        Assert.That(first.GetProperty("DiscountUrl").GetString(), Does.Contain("Admin/Discount/Edit/" + coupons[0].DiscountId), "the discount link");
        Assert.That(first.GetProperty("AffiliateName").GetString(), Is.Not.Empty);
        Assert.That(first.GetProperty("Status").GetString(), Is.EqualTo("Active"));
        Assert.That(list.ToString(), Does.Not.Contain("Plugins.Affiliates.Tracking."), "every text is a locale resource");
    }

    [Test]
    public async Task CouponsPage_RendersTemplatesAndDataTablesGrid()
    {
        var html = await _admin.GetStringAsync($"{CouponTestSupport.CouponsPath}?templateId={_templateId}");
        var code = (await _support.GetCouponAsync(_templateId, _alice)).CouponCode;

        Assert.That(html, Does.Contain("id=\"coupons-grid\""));
        Assert.That(html, Does.Contain("data-url=\"/Admin/AffiliateTracking/Coupons/List\""));
        Assert.That(html, Does.Contain("data-filters=\"SearchTemplateDiscountId\""));
        Assert.That(html, Does.Contain("custom:renderCouponActions"));
        Assert.That(html, Does.Match($"<option selected=\"selected\" value=\"{_templateId}\"|<option value=\"{_templateId}\" selected"), "templateId preselects the filter");
        Assert.That(html, Does.Contain($"data-template-id=\"{_templateId}\""), "the per-template table with Sync from template stays");
        Assert.That(html, Does.Not.Contain(code), "codes come from the list endpoint, not the page");
        Assert.That(html, Does.Not.Contain(">Plugins.Affiliates.Tracking."), "every text is a locale resource");
    }

    [Test]
    public async Task CouponList_TemplateFilterAndPaging_ServerSide()
    {
        var token = CouponTestSupport.TokenOf(await _admin.GetStringAsync(CouponTestSupport.CouponsPath));
        var stored = await _support.GetCouponsAsync(_templateId);

        var pages = new List<JsonElement>();
        for (var start = 0; start < stored.Count + 2; start += 2)
            pages.Add(await ListJsonAsync(_admin, token, ("SearchTemplateDiscountId", _templateId.ToString()), ("start", start.ToString()), ("length", "2"), ("draw", "9")));
        var otherTemplate = await ListJsonAsync(_admin, token, ("SearchTemplateDiscountId", "987654"));
        var everything = await ListJsonAsync(_admin, token);

        Assert.That(pages.Select(page => page.GetProperty("RecordsTotal").GetInt32()), Has.All.EqualTo(stored.Count));
        Assert.That(pages.Select(page => page.GetProperty("Data").GetArrayLength()), Has.All.LessThanOrEqualTo(2));
        Assert.That(pages[0].GetProperty("Draw").GetString(), Is.EqualTo("9"));
        var paged = pages.SelectMany(page => page.GetProperty("Data").EnumerateArray().Select(row => row.GetProperty("Id").GetInt32())).ToList();
        Assert.That(paged, Is.EqualTo(stored.Select(c => c.Id).OrderBy(id => id)), "the pages together hold every code once, oldest first");
        Assert.That((otherTemplate.GetProperty("RecordsTotal").GetInt32(), otherTemplate.GetProperty("Data").GetArrayLength()), Is.EqualTo((0, 0)), "a template without codes");
        Assert.That(everything.GetProperty("RecordsTotal").GetInt32(), Is.GreaterThanOrEqualTo(stored.Count), "no filter: every template");
    }

    [TestCase("-40", "-3", 50, TestName = "CouponList_NegativePaging_FirstDefaultPage")]
    [TestCase("0", "100000", 200, TestName = "CouponList_HugeLength_ClampedToMaximum")]
    [TestCase("2147483647", "100", 0, TestName = "CouponList_HugeStart_EmptyPageNotFailure")]
    public async Task CouponList_BadPaging_Clamped(string start, string length, int expectedMaxRows)
    {
        var token = CouponTestSupport.TokenOf(await _admin.GetStringAsync(CouponTestSupport.CouponsPath));

        var json = await ListJsonAsync(_admin, token, ("start", start), ("length", length));

        var total = json.GetProperty("RecordsTotal").GetInt32();
        Assert.That(total, Is.GreaterThanOrEqualTo(3));
        Assert.That(json.GetProperty("Data").GetArrayLength(), Is.EqualTo(Math.Min(total, expectedMaxRows)));
    }

    [TestCase("SearchTemplateDiscountId", "-1", "Choose a template from the list", TestName = "CouponList_NegativeTemplate_BadRequest")]
    [TestCase("SearchTemplateDiscountId", "abc", "SearchTemplateDiscountId could not be read", TestName = "CouponList_NonNumericTemplate_BadRequest")]
    [TestCase("start", "abc", "Start", TestName = "CouponList_NonNumericStart_BadRequest")]
    [TestCase("length", "1e9", "Length", TestName = "CouponList_NonNumericLength_BadRequest")]
    public async Task CouponList_BadFilter_BadRequestWithMessageAndNoRows(string name, string value, string message)
    {
        var token = CouponTestSupport.TokenOf(await _admin.GetStringAsync(CouponTestSupport.CouponsPath));
        var code = (await _support.GetCouponAsync(_templateId, _alice)).CouponCode;

        var response = await PostListAsync(_admin, token, (name, value));
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
        Assert.That(JsonDocument.Parse(body).RootElement.GetProperty("error").GetString(), Does.Contain(message));
        Assert.That(body, Does.Not.Contain(code).And.Not.Contain("Plugins.Affiliates.Tracking."));
    }

    [Test]
    public async Task CouponList_WithoutAntiforgeryTokenOrPermission_NoData()
    {
        var code = (await _support.GetCouponAsync(_templateId, _alice)).CouponCode;
        using var guest = Server.CreateClient();
        using var shopper = Server.CreateClient();
        await CouponTestSupport.LoginAsync(shopper, SandboxDemoData.ShopperEmail, SandboxDemoData.ShopperPassword);
        using var clerk = Server.CreateClient();
        await new MembersTestSupport(Server.Host).CreateAdminWithoutAffiliatePermissionAsync(clerk);

        var withoutToken = await PostListAsync(_admin, null);
        Assert.That(withoutToken.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "antiforgery");
        Assert.That(await withoutToken.Content.ReadAsStringAsync(), Does.Not.Contain(code));

        foreach (var (name, client) in new[] { ("guest", guest), ("shopper", shopper), ("clerk", clerk) })
        {
            // A token the caller may hold, so the refusal is the permission check's and not only antiforgery's.
            var login = Regex.Match(await (await client.GetAsync("sandbox/login")).Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
            var token = login.Success ? WebUtility.HtmlDecode(login.Groups[1].Value) : null;
            var response = await PostListAsync(client, token);
            var body = await response.Content.ReadAsStringAsync();
            Assert.That(body, Does.Not.Contain(code).And.Not.Contain("RecordsTotal").And.Not.Contain("\"Data\""), name);
            // Signed in without the permission: JSON { error } to the grid; guests are sent to log in (401 to ajax).
            if (response.StatusCode == HttpStatusCode.OK)
                Assert.That(JsonDocument.Parse(body).RootElement.GetProperty("error").GetString(), Is.Not.Empty, name);
            else
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect).Or.EqualTo(HttpStatusCode.Unauthorized), name);
        }
    }

    [Test]
    public async Task Generate_SameTemplateAgain_CreatesNothingTwice()
    {
        var before = await _support.GetCouponsAsync(_templateId);

        var generate = await CouponTestSupport.GenerateAsync(_admin, Form(
            ("TemplateDiscountId", _templateId.ToString()), ("PatternId", "10"), ("Prefix", "AGAIN"), ("AllAffiliates", "true"), ("RandomLength", "5"),
            ("StartDate", Server.Host.Clock.UtcNow.ToString("yyyy-MM-dd"))));
        var jobId = CouponTestSupport.JobIdOf(generate);
        var run = await CouponTestSupport.RunJobAsync(_admin, jobId);
        var again = await CouponTestSupport.RunJobAsync(_admin, jobId);
        var after = await _support.GetCouponsAsync(_templateId);

        Assert.That((run[^1].CreatedCount, run[^1].SkippedCount, run[^1].Completed), Is.EqualTo((0, before.Count, true)), "every affiliate already has a code");
        Assert.That(again, Has.Count.EqualTo(1), "a completed run answers at once");
        Assert.That(again[0] with { Summary = null }, Is.EqualTo(run[^1] with { Summary = null }), "and changes nothing");
        Assert.That(after.Select(c => (c.Id, c.CouponCode)), Is.EqualTo(before.Select(c => (c.Id, c.CouponCode))));
    }

    [Test]
    public async Task Generate_BadInput_EveryProblemIsShownOnThePage()
    {
        var response = await CouponTestSupport.GenerateAsync(_admin, Form(
            ("TemplateDiscountId", "0"), ("PatternId", "20"), ("TypedCodes", $"alice=AL\nnobody=NOBODY77\njust-a-line\nbob=BOBBY2026\nbob=BOBBY2027"),
            ("StartDate", "")));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the form is shown again");
        Assert.That(html, Does.Contain("Choose the template discount."));
        Assert.That(html, Does.Contain("Enter the start date."));
        Assert.That(html, Does.Contain("Line 2: there is no active affiliate \"nobody\"."));
        Assert.That(html, Does.Contain("Line 3 is not \"affiliate=CODE\"."));
        Assert.That(html, Does.Contain("Line 5: affiliate \"bob\" already has a code on an earlier line."));
    }

    [Test]
    public async Task Generate_TypedCodesBrokenByServiceRules_ShowsMessagePerAffiliate()
    {
        var taken = (await _support.GetCouponAsync(_templateId, _bob)).CouponCode;

        var response = await CouponTestSupport.GenerateAsync(_admin, Form(
            ("TemplateDiscountId", _templateId.ToString()), ("PatternId", "20"), ("TypedCodes", $"alice=AL\ncarol=c-a-r-o-l\nbob={taken}"),
            ("StartDate", "2026-01-10"), ("EndDate", "2026-01-01")));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("The end date must be after the start date."));
        Assert.That(html, Does.Contain("alice (Alice Anders): A coupon code needs at least 4 characters."));
        Assert.That(html, Does.Contain("carol (Carol Chen): Use only the letters A–Z and digits 0–9"));
        Assert.That(html, Does.Contain("bob (Bob Berg): The affiliate already has a code for this template."));
    }

    [Test]
    public async Task ProcessBatch_WithoutTokenOrPermission_IsRefused()
    {
        using var shopper = Server.CreateClient();
        await CouponTestSupport.LoginAsync(shopper, SandboxDemoData.ShopperEmail, SandboxDemoData.ShopperPassword);
        var job = new FormUrlEncodedContent(new Dictionary<string, string> { ["jobId"] = "1" });

        var withoutToken = await _admin.PostAsync(CouponTestSupport.CouponsPath + "/ProcessBatch", job);
        var asShopper = await shopper.PostAsync(CouponTestSupport.CouponsPath + "/ProcessBatch", job);
        var pageAsShopper = await shopper.GetAsync(CouponTestSupport.CouponsPath);

        Assert.That(withoutToken.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "antiforgery");
        Assert.That(asShopper.StatusCode, Is.Not.EqualTo(HttpStatusCode.OK));
        Assert.That(pageAsShopper.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task ProcessBatch_UnknownJob_AnswersNotFoundWithMessage()
    {
        var token = CouponTestSupport.TokenOf(await _admin.GetStringAsync(CouponTestSupport.CouponsPath));

        var response = await _admin.PostAsync(CouponTestSupport.CouponsPath + "/ProcessBatch",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["jobId"] = "987654", ["__RequestVerificationToken"] = token }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("The code generation run was not found."));
    }

    [Test]
    public async Task Checkout_CookieOfAliceAndCodeOfBob_CreditsBob()
    {
        var bobsCode = (await _support.GetCouponAsync(_templateId, _bob)).CouponCode;
        using var client = Server.CreateClient(new CookieContainer());
        ShareLinkTestSupport.UseBrowserUserAgent(client);

        var visit = await client.GetAsync("/?ref=alice");
        var cookie = ShareLinkTestSupport.SetCookieHeader(visit, ShareLinkTestSupport.CookieName);
        var (applied, orderId) = await BuyWithCodeAsync(client, bobsCode);
        var order = await new SandboxApi(client).GetOrderAsync(orderId);
        var attribution = await AttributeAsync(orderId);

        Assert.That(cookie, Is.Not.Null, "the shopper carries alice's attribution cookie");
        Assert.That(applied, Does.Contain("notification-success"));
        Assert.That(order.DiscountUsageHistory, Has.Count.EqualTo(1));
        Assert.That(order.AffiliateId, Is.EqualTo(_bob), "the code's affiliate, not the cookie's");
        Assert.That(attribution, Is.EqualTo(new OrderAttribution(_bob, AttributionSource.Coupon, CouponCode: bobsCode)));
    }

    [Test]
    public async Task CouponBox_AffiliateEntersOwnCode_IsRefusedWithMessage()
    {
        var alicesCode = (await _support.GetCouponAsync(_templateId, _alice)).CouponCode;
        using var client = Server.CreateClient();
        await CouponTestSupport.LoginAsync(client, SandboxDemoData.AffiliateCustomerEmail, SandboxDemoData.AffiliateCustomerPassword);

        var cart = await ApplyCodeAsync(client, alicesCode);

        Assert.That(cart, Does.Contain("notification-warning"));
        Assert.That(cart, Does.Contain("You cannot use your own affiliate coupon code."));
        Assert.That(cart, Does.Not.Contain("class=\"applied-coupon\""));
    }

    [Test]
    public async Task CouponBox_CodeAfterItsEndDate_IsRefusedByNopCommercesDateCheck()
    {
        var carolsCode = (await _support.GetCouponAsync(_templateId, _carol)).CouponCode;
        Server.Host.Clock.Advance(TimeSpan.FromDays(CodeLifetimeDays + 2));
        using var client = Server.CreateClient();
        await client.GetStringAsync("/");

        var cart = await ApplyCodeAsync(client, carolsCode);

        Assert.That(cart, Does.Contain("notification-warning"));
        Assert.That(cart, Does.Contain("The discount has expired."));
        Assert.That(cart, Does.Not.Contain("class=\"applied-coupon\""));
    }

    [Test]
    public async Task TrackingLink_AppliesCodeAndCreditsItsAffiliate()
    {
        var coupon = await _support.GetCouponAsync(_templateId, _carol);
        var trackingUrl = await _support.GetTrackingUrlAsync(coupon);
        using var client = Server.CreateClient(new CookieContainer());
        ShareLinkTestSupport.UseBrowserUserAgent(client);

        var landing = await client.GetAsync(trackingUrl);
        var cookie = ShareLinkTestSupport.SetCookieHeader(landing, ShareLinkTestSupport.CookieName);
        var cartBefore = await client.GetStringAsync("cart");
        var orderId = await AddToCartAndCheckoutAsync(client);
        var order = await new SandboxApi(client).GetOrderAsync(orderId);

        Assert.That(trackingUrl, Does.Contain("discountcoupon=" + coupon.CouponCode).And.Contain("ref=carol"));
        Assert.That(landing.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(cookie, Is.Not.Null, "the link starts carol's attribution window");
        Assert.That(cartBefore, Does.Contain(coupon.CouponCode.ToLowerInvariant()), "nopCommerce's ?discountcoupon= applied the code");
        Assert.That(order.DiscountUsageHistory, Has.Count.EqualTo(1));
        Assert.That(order.AffiliateId, Is.EqualTo(_carol));
        Assert.That(await AttributeAsync(orderId), Is.EqualTo(new OrderAttribution(_carol, AttributionSource.Coupon, CouponCode: coupon.CouponCode)));
    }

    [Test]
    public async Task DeactivateThenRegenerate_OverHttp_ChangeTheCodeAtTheCart()
    {
        var dave = await _support.CreateAffiliateAsync("dave" + Guid.NewGuid().ToString("N")[..6]);
        var generate = await CouponTestSupport.GenerateAsync(_admin, Form(
            ("TemplateDiscountId", _templateId.ToString()), ("PatternId", "20"), ("TypedCodes", $"{dave}=DAVE{dave}X"),
            ("StartDate", Server.Host.Clock.UtcNow.ToString("yyyy-MM-dd"))));
        await CouponTestSupport.RunJobAsync(_admin, CouponTestSupport.JobIdOf(generate));
        var coupon = await _support.GetCouponAsync(_templateId, dave);
        var oldCode = coupon.CouponCode;
        var pairs = Form(("id", coupon.Id.ToString()));

        var regenerate = await CouponTestSupport.PostFormAsync(_admin, CouponTestSupport.CouponsPath, CouponTestSupport.CouponsPath + "/Regenerate", pairs);
        var regenerated = await _support.GetCouponAsync(_templateId, dave);
        var deactivate = await CouponTestSupport.PostFormAsync(_admin, CouponTestSupport.CouponsPath, CouponTestSupport.CouponsPath + "/Deactivate", pairs);
        var discount = await _support.GetDiscountAsync(coupon.DiscountId);
        using var shopper = Server.CreateClient();
        await shopper.GetStringAsync("/");
        var cart = await ApplyCodeAsync(shopper, regenerated.CouponCode);

        Assert.That((regenerate.StatusCode, deactivate.StatusCode), Is.EqualTo((HttpStatusCode.Redirect, HttpStatusCode.Redirect)));
        Assert.That(oldCode, Is.EqualTo($"DAVE{dave}X"), "the typed code");
        Assert.That(regenerated.CouponCode, Is.Not.EqualTo(oldCode));
        Assert.That(discount.CouponCode, Is.EqualTo(regenerated.CouponCode));
        Assert.That(discount.IsActive, Is.False);
        Assert.That(cart, Does.Contain("notification-warning"), "a deactivated code is refused");
    }

    [Test]
    public async Task GridRowActions_Ajax_AnswerJsonWithMessageAndTheListShowsTheChange()
    {
        var erin = await _support.CreateAffiliateAsync("erin" + Guid.NewGuid().ToString("N")[..6]);
        var generate = await CouponTestSupport.GenerateAsync(_admin, Form(
            ("TemplateDiscountId", _templateId.ToString()), ("PatternId", "20"), ("TypedCodes", $"{erin}=ERIN{erin}X"),
            ("StartDate", Server.Host.Clock.UtcNow.ToString("yyyy-MM-dd"))));
        await CouponTestSupport.RunJobAsync(_admin, CouponTestSupport.JobIdOf(generate));
        var coupon = await _support.GetCouponAsync(_templateId, erin);

        var regenerate = await ChangeJsonAsync("Regenerate", coupon.Id);
        var regenerated = await _support.GetCouponAsync(_templateId, erin);
        var deactivate = await ChangeJsonAsync("Deactivate", coupon.Id);
        var unknown = await ChangeJsonAsync("Deactivate", 987654);
        var token = CouponTestSupport.TokenOf(await _admin.GetStringAsync(CouponTestSupport.CouponsPath));
        var total = (await ListJsonAsync(_admin, token, ("SearchTemplateDiscountId", _templateId.ToString()), ("length", "1"))).GetProperty("RecordsTotal").GetInt32();
        var row = (await ListJsonAsync(_admin, token, ("SearchTemplateDiscountId", _templateId.ToString()), ("start", "0"), ("length", total.ToString())))
            .GetProperty("Data").EnumerateArray().Single(r => r.GetProperty("Id").GetInt32() == coupon.Id);

        Assert.That(regenerate.GetProperty("success").GetBoolean(), Is.True);
        Assert.That(regenerate.GetProperty("message").GetString(), Does.Contain(regenerated.CouponCode));
        Assert.That(regenerated.CouponCode, Is.Not.EqualTo($"ERIN{erin}X"));
        Assert.That(deactivate.GetProperty("success").GetBoolean(), Is.True);
        Assert.That(unknown.GetProperty("success").GetBoolean(), Is.False, "an unknown code is refused");
        Assert.That(unknown.GetProperty("error").GetString(), Is.Not.Empty.And.Not.Contain("Plugins.Affiliates.Tracking."));
        Assert.That((row.GetProperty("CouponCode").GetString(), row.GetProperty("Active").GetBoolean(), row.GetProperty("Status").GetString()),
            Is.EqualTo((regenerated.CouponCode, false, "Inactive")));
    }

    private static Task<HttpResponseMessage> PostListAsync(HttpClient client, string token, params (string Name, string Value)[] fields) =>
        GridListRequests.PostAsync(client, CouponTestSupport.CouponsPath + "/List", token, ajax: true, pageSize: 50, fields);

    private static Task<JsonElement> ListJsonAsync(HttpClient client, string token, params (string Name, string Value)[] fields) =>
        GridListRequests.JsonAsync(client, CouponTestSupport.CouponsPath + "/List", token, pageSize: 50, fields);

    private async Task<JsonElement> ChangeJsonAsync(string action, int couponId)
    {
        var token = CouponTestSupport.TokenOf(await _admin.GetStringAsync(CouponTestSupport.CouponsPath));
        using var request = new HttpRequestMessage(HttpMethod.Post, CouponTestSupport.CouponsPath + "/" + action)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = couponId.ToString(), ["__RequestVerificationToken"] = token })
        };
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        var response = await _admin.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonDocument.Parse(body).RootElement;
    }

    private static IEnumerable<KeyValuePair<string, string>> Form(params (string Key, string Value)[] fields) =>
        fields.Select(field => KeyValuePair.Create(field.Key, field.Value));

    private async Task<string> ApplyCodeAsync(HttpClient client, string code)
    {
        await CouponTestSupport.PostFormAsync(client, "cart", "ShoppingCart/ApplyDiscountCoupon", Form(("discountcouponcode", code)));
        return await client.GetStringAsync("cart");
    }

    private async Task<(string Cart, int OrderId)> BuyWithCodeAsync(HttpClient client, string code)
    {
        await CouponTestSupport.PostFormAsync(client, "/", "ShoppingCart/AddToCart", Form(("productId", _productId.ToString()), ("quantity", "1")));
        var cart = await ApplyCodeAsync(client, code);
        return (cart, await CheckoutAsync(client));
    }

    private async Task<int> AddToCartAndCheckoutAsync(HttpClient client)
    {
        await CouponTestSupport.PostFormAsync(client, "/", "ShoppingCart/AddToCart", Form(("productId", _productId.ToString()), ("quantity", "1")));
        return await CheckoutAsync(client);
    }

    private static async Task<int> CheckoutAsync(HttpClient client)
    {
        var confirm = await CouponTestSupport.PostFormAsync(client, "checkout", "Checkout/Confirm", Form(("paymentStatus", "Pending")));
        Assert.That(confirm.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await confirm.Content.ReadAsStringAsync());
        var completed = await client.GetStringAsync(confirm.Headers.Location!.ToString());
        return int.Parse(_orderNumber.Match(completed).Groups[1].Value);
    }

    // What the plugin decided for the order: its attribution service is deterministic, so asking again gives the
    // answer the OrderPlacedEvent consumer acted on (and changes nothing, the order already carries it).
    private Task<OrderAttribution> AttributeAsync(int orderId) =>
        Server.Host.InScopeAsync(async services =>
        {
            var order = await services.GetRequiredService<IRepository<Order>>().GetByIdAsync(orderId);
            return await services.GetRequiredService<IOrderAttributionService>().AttributeOrderAsync(order);
        });
}
