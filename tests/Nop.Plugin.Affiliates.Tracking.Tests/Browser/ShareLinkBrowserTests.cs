using System.Text.Json;
using Microsoft.Playwright;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Browser;

/// <summary>
/// Share links in headless Chromium against a sandbox store on 127.0.0.1 (SQLite): the click, the cookie the browser
/// keeps, and which affiliate the order placed days later is credited to. One browser, a new context (a new visitor)
/// per test.
/// </summary>
[TestFixture]
[NonParallelizable]
public class ShareLinkBrowserTests
{
    /// <summary>
    /// Playwright reports a cookie's expiry as a float of seconds since 1970, which around 2026 moves in steps of 128 s.
    /// </summary>
    private static readonly TimeSpan PlaywrightExpiresPrecision = TimeSpan.FromSeconds(64);

    private IBrowser _browser;
    private IPlaywright _playwright;
    private SandboxTestServer _server;
    private ShareLinkTestSupport _support;
    private int _alice;
    private int _bob;
    private int _productId;

    private string ProductPath => $"/product/{_productId}";

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        BrowserEnvironment.RequireChromium();
        _server = await SandboxTestServer.StartAsync(DatabaseEngine.Sqlite);
        _support = new ShareLinkTestSupport(_server.Host);
        _alice = await _support.GetAffiliateIdAsync("alice");
        _bob = await _support.GetAffiliateIdAsync("bob");
        _productId = await _support.GetProductIdAsync("Sandbox T-shirt");
        _playwright = await Playwright.CreateAsync();
        _browser = await BrowserEnvironment.LaunchAsync(_playwright);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_browser != null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server != null)
            await _server.DisposeAsync();
    }

    [TearDown]
    public void ResetClock()
    {
        _server?.Host.Clock.Reset();
    }

    [Test]
    public async Task ShareLink_ClickedFromStorePage_LandsOnDestinationWithHttpOnlyLaxCookieForThirtyDays()
    {
        var link = await _support.CreateLinkAsync(_alice, ShareLinkTestSupport.NewSlug("alice"), ProductPath);
        await using var context = await NewVisitorAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var now = await ReadClockAsync(page);

        var redirect = await ClickShareLinkAsync(page, link.Slug);
        var setCookie = (await redirect.HeadersArrayAsync())
            .Where(header => header.Name.Equals("set-cookie", StringComparison.OrdinalIgnoreCase))
            .Select(header => header.Value)
            .FirstOrDefault(value => value.StartsWith(ShareLinkTestSupport.CookieName + "=", StringComparison.Ordinal));
        var cookie = await AttributionCookieAsync(context);

        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo(ProductPath));
        Assert.That(await page.Locator("#product-name").TextContentAsync(), Is.EqualTo("Sandbox T-shirt"));
        Assert.That(cookie, Is.Not.Null, "the browser keeps the attribution cookie");
        Assert.That(cookie!.HttpOnly, Is.True);
        Assert.That(cookie.SameSite, Is.EqualTo(SameSiteAttribute.Lax));
        Assert.That(cookie.Path, Is.EqualTo("/"));
        Assert.That(DateTimeOffset.FromUnixTimeMilliseconds((long)(cookie.Expires * 1000)).UtcDateTime,
            Is.EqualTo(now.AddDays(30)).Within(TimeSpan.FromMinutes(1) + PlaywrightExpiresPrecision), "expires 30 days after the click, on the store's clock");
        Assert.That(redirect.Status, Is.EqualTo(302));
        Assert.That(ShareLinkTestSupport.ExpiresOf(setCookie)?.UtcDateTime, Is.EqualTo(now.AddDays(30)).Within(TimeSpan.FromMinutes(1)),
            "to the second, as the redirect set it");
        Assert.That(_support.ReadTicket(cookie.Value)?.AffiliateId, Is.EqualTo(_alice));
    }

    [Test]
    public async Task ShareLink_CheckoutThroughStore29DaysLater_CreditsAffiliate()
    {
        var link = await _support.CreateLinkAsync(_alice, ShareLinkTestSupport.NewSlug("alice"), ProductPath);
        await using var context = await NewVisitorAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await ClickShareLinkAsync(page, link.Slug);

        await AdvanceClockAsync(page, days: 29);
        await page.ClickAsync("#add-to-cart");
        await page.WaitForURLAsync("**/cart");
        await page.GotoAsync("/checkout");
        await page.ClickAsync("#confirm-order");
        await page.WaitForURLAsync("**/checkout/completed/**");
        var orderNumber = int.Parse((await page.Locator("#order-number").TextContentAsync())!);
        var order = await GetOrderAsync(page, orderNumber);

        Assert.That(await AttributionCookieAsync(context), Is.Not.Null, "still inside the window on day 29");
        Assert.That(order.AffiliateId, Is.EqualTo(_alice));
    }

    [Test]
    public async Task ShareLink_Order31DaysLater_CreditsNobody()
    {
        var link = await _support.CreateLinkAsync(_alice, ShareLinkTestSupport.NewSlug("alice"), ProductPath);
        await using var context = await NewVisitorAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await ClickShareLinkAsync(page, link.Slug);
        var linked = await _support.WaitForAttributionAsync(VisitorOf(await AttributionCookieAsync(context)), attribution => attribution.CustomerId > 0);

        await AdvanceClockAsync(page, days: 31);
        var order = await PlaceOrderAsync(page);

        Assert.That(linked?.CustomerId, Is.GreaterThan(0), "landing on the destination tied the click to the guest (who now carries alice)");
        Assert.That(order.CustomerId, Is.EqualTo(linked!.CustomerId));
        Assert.That(order.AffiliateId, Is.Not.EqualTo(_alice));
        Assert.That(order.AffiliateId, Is.EqualTo(0), "the window ended: the plugin's own attribution no longer credits the order");
    }

    [Test]
    public async Task ShareLinks_TwoAffiliatesClicked_LastClickCreditsSecond()
    {
        var order = await ClickAliceThenBobThenOrderAsync();

        Assert.That(order.AffiliateId, Is.EqualTo(_bob));
    }

    [Test]
    public async Task ShareLinks_TwoAffiliatesClickedWithFirstClickModel_CreditsFirst()
    {
        var original = await _support.LoadSettingsAsync();
        try
        {
            await _support.UpdateSettingsAsync(settings => settings.AttributionModel = AttributionModel.FirstClick);

            var order = await ClickAliceThenBobThenOrderAsync();

            Assert.That(order.AffiliateId, Is.EqualTo(_alice));
        }
        finally
        {
            await _support.SaveSettingsAsync(original);
        }
    }

    private async Task<SandboxOrderJson> ClickAliceThenBobThenOrderAsync()
    {
        var aliceLink = await _support.CreateLinkAsync(_alice, ShareLinkTestSupport.NewSlug("alice"), ProductPath);
        var bobLink = await _support.CreateLinkAsync(_bob, ShareLinkTestSupport.NewSlug("bob"), "/");
        await using var context = await NewVisitorAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await ClickShareLinkAsync(page, aliceLink.Slug);
        await ClickShareLinkAsync(page, bobLink.Slug);
        var order = await PlaceOrderAsync(page);

        var clicks = (await _support.WaitForClicksAsync(aliceLink.Id, 1)).Concat(await _support.WaitForClicksAsync(bobLink.Id, 1)).ToList();
        Assert.That(clicks.Select(click => click.AffiliateId), Is.EqualTo(new[] { _alice, _bob }), "both clicks are counted whatever the model");
        return order;
    }

    private async Task<IBrowserContext> NewVisitorAsync() =>
        await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _server.BaseAddress.ToString(),
            UserAgent = ShareLinkTestSupport.BrowserUserAgent
        });

    /// <summary>
    /// Puts a share link on the current page, as an affiliate's post would carry it, follows it, and returns the
    /// /go/ response (the redirect).
    /// </summary>
    private static async Task<IResponse> ClickShareLinkAsync(IPage page, string slug)
    {
        await page.EvaluateAsync("slug => { const a = document.createElement('a'); a.id = 'share-link'; a.href = '/go/' + slug; a.textContent = 'Shared'; document.body.prepend(a); }", slug);
        var before = page.Url;
        var redirect = page.WaitForResponseAsync(response => new Uri(response.Url).AbsolutePath == "/go/" + slug);

        await page.ClickAsync("#share-link");
        await page.WaitForURLAsync(url => url != before && !new Uri(url).AbsolutePath.StartsWith("/go/"),
            new PageWaitForURLOptions { Timeout = 10_000, WaitUntil = WaitUntilState.Load });

        return await redirect;
    }

    private static async Task<BrowserContextCookiesResult> AttributionCookieAsync(IBrowserContext context) =>
        (await context.CookiesAsync()).SingleOrDefault(cookie => cookie.Name == ShareLinkTestSupport.CookieName);

    private Guid VisitorOf(BrowserContextCookiesResult cookie)
    {
        Assert.That(cookie, Is.Not.Null, "the click set the attribution cookie");
        return _support.ReadTicket(cookie!.Value)!.VisitorId;
    }

    private static async Task<DateTime> ReadClockAsync(IPage page)
    {
        var response = await page.APIRequest.GetAsync("/sandbox/api/clock");
        return (await response.JsonAsync())!.Value.GetProperty("UtcNow").GetDateTime().ToUniversalTime();
    }

    private static async Task AdvanceClockAsync(IPage page, int days)
    {
        var response = await page.APIRequest.PostAsync("/sandbox/api/clock", new APIRequestContextOptions { DataObject = new { AdvanceDays = days } });
        Assert.That(response.Status, Is.EqualTo(200), await response.TextAsync());
    }

    /// <summary>
    /// Places an order through the sandbox API with the browser's cookies (the page's request context shares them).
    /// </summary>
    private async Task<SandboxOrderJson> PlaceOrderAsync(IPage page)
    {
        var response = await page.APIRequest.PostAsync("/sandbox/api/orders",
            new APIRequestContextOptions { DataObject = new { Items = new[] { new { ProductId = _productId, Quantity = 1 } } } });
        Assert.That(response.Status, Is.EqualTo(200), await response.TextAsync());
        var placed = JsonSerializer.Deserialize<SandboxOrderJson>(await response.TextAsync());

        return await GetOrderAsync(page, placed!.Id);
    }

    private static async Task<SandboxOrderJson> GetOrderAsync(IPage page, int orderId)
    {
        var response = await page.APIRequest.GetAsync($"/sandbox/api/orders/{orderId}");
        Assert.That(response.Status, Is.EqualTo(200), await response.TextAsync());
        return JsonSerializer.Deserialize<SandboxOrderJson>(await response.TextAsync());
    }
}
