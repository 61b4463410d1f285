using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.DataProtection;
using Nop.Plugin.Affiliates.Tracking.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Data;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

/// <summary>
/// Share links and the attribution cookie over HTTP, as a browser without JavaScript meets them: /go/{slug} redirects,
/// ?ref= / ?affiliate= / ?affiliateid= on store pages, cookies the store did not issue or whose window ended, bots and
/// administrators, the click rows the buffered writer stores, and orders placed after sign-in or with a new guest record.
/// </summary>
[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class ShareLinkSandboxTests : SandboxFixture
{
    private const string CustomerCookieName = ".Nop.Customer";
    private const string Hoodie = "Hoodie";

    private const string LowerHex64 = "^[0-9a-f]{64}$";

    private ShareLinkTestSupport _support;
    private int _alice;
    private int _carol;
    private int _productId;

    public ShareLinkSandboxTests(DatabaseEngine engine) : base(engine)
    {
    }

    private static string CookieName => ShareLinkTestSupport.CookieName;

    private string ProductPath => $"/product/{_productId}";

    protected override async Task OnSandboxStartedAsync()
    {
        _support = new ShareLinkTestSupport(Server.Host);
        _alice = await _support.GetAffiliateIdAsync("alice");
        _carol = await _support.GetAffiliateIdAsync("carol");
        _productId = await _support.GetProductIdAsync(Hoodie);
    }

    [TearDown]
    public void ResetClock()
    {
        Server?.Host.Clock.Reset();
    }

    [Test]
    public async Task GoLink_ActiveLink_RedirectsToDestinationWithAttributionCookie()
    {
        var cookies = new CookieContainer();
        using var client = CreateBrowserClient(cookies);
        var link = await _support.CreateLinkAsync(_alice, ShareLinkTestSupport.NewSlug("alice"), ProductPath);
        var clickedOn = Server.Host.Clock.UtcNow;

        var response = await client.GetAsync($"go/{link.Slug}");
        var setCookie = ShareLinkTestSupport.SetCookieHeader(response, CookieName);
        var ticket = _support.ReadTicket(CookieValue(cookies, CookieName));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo(ProductPath));
        Assert.That(setCookie, Is.Not.Null, "the redirect carries the attribution cookie");
        Assert.That(setCookie, Does.Contain("; httponly").IgnoreCase);
        Assert.That(setCookie, Does.Contain("; samesite=lax").IgnoreCase);
        Assert.That(setCookie, Does.Contain("; path=/").IgnoreCase);
        Assert.That(setCookie, Does.Not.Contain("; secure").IgnoreCase, "Secure only on HTTPS; the sandbox runs on http");
        Assert.That(ShareLinkTestSupport.ExpiresOf(setCookie)?.UtcDateTime, Is.EqualTo(clickedOn.AddDays(30)).Within(TimeSpan.FromMinutes(1)));
        Assert.That(ticket, Is.Not.Null, "the value is protected with the store's key ring");
        Assert.That((ticket!.AffiliateId, ticket.LinkId), Is.EqualTo((_alice, link.Id)));
        Assert.That(ShareLinkTestSupport.SetCookieHeader(response, CustomerCookieName), Is.Null, "a redirect creates no guest record");
    }

    [TestCase("no-such-link-4711")]
    [TestCase("Not_A_Slug!")]
    [TestCase("")]
    public async Task GoLink_UnknownSlug_RedirectsHomeWithoutCookieAndHomeAnswers(string slug)
    {
        var cookies = new CookieContainer();
        using var client = CreateBrowserClient(cookies);

        var response = await client.GetAsync($"go/{Uri.EscapeDataString(slug)}");
        var home = await client.GetAsync(response.Headers.Location?.OriginalString ?? "/nowhere");
        var html = await home.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/"));
        Assert.That(ShareLinkTestSupport.SetCookieHeader(response, CookieName), Is.Null);
        Assert.That(home.StatusCode, Is.EqualTo(HttpStatusCode.OK), "following the redirect ends on the home page, not in a loop");
        Assert.That(html, Does.Contain(WebUtility.HtmlEncode(SandboxDemoData.Products[0].Name)), "the real home page, not an error page");
        Assert.That(CookieValue(cookies, CookieName), Is.Null);
    }

    [Test]
    public async Task GoLink_DisabledThenEnabledAgain_RedirectsHomeOnlyWhileDisabled()
    {
        var link = await _support.CreateLinkAsync(_alice, ShareLinkTestSupport.NewSlug("alice"), ProductPath);
        var active = await GetWithNewVisitorAsync($"go/{link.Slug}");

        var disabling = await _support.SetLinkActiveAsync(link.Id, false);
        var disabled = await GetWithNewVisitorAsync($"go/{link.Slug}");
        await _support.SetLinkActiveAsync(link.Id, true);
        var enabledAgain = await GetWithNewVisitorAsync($"go/{link.Slug}");

        Assert.That(active.Headers.Location?.OriginalString, Is.EqualTo(ProductPath), "the active link works (and is now cached)");
        Assert.That(disabling.Success, Is.True);
        Assert.That(disabled.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(disabled.Headers.Location?.OriginalString, Is.EqualTo("/"), "a disabled link sends visitors home");
        Assert.That(ShareLinkTestSupport.SetCookieHeader(disabled, CookieName), Is.Null, "and credits nobody");
        Assert.That(enabledAgain.Headers.Location?.OriginalString, Is.EqualTo(ProductPath));
    }

    [TestCase("ref", false)]
    [TestCase("ref", true)]
    [TestCase("affiliate", false)]
    [TestCase("affiliateid", true)]
    public async Task AffiliateParameter_KnownAffiliate_ServesPageAndSetsCookie(string parameter, bool byId)
    {
        var cookies = new CookieContainer();
        using var client = CreateBrowserClient(cookies);
        var code = byId ? _alice.ToString() : "alice";

        var response = await client.GetAsync($"/?{parameter}={code}");
        var ticket = _support.ReadTicket(CookieValue(cookies, CookieName));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the page is served, not redirected");
        Assert.That(ShareLinkTestSupport.SetCookieHeader(response, CookieName), Is.Not.Null);
        Assert.That((ticket?.AffiliateId, ticket?.LinkId), Is.EqualTo(((int?)_alice, (int?)0)));
    }

    [Test]
    public async Task RefParameter_UnknownAffiliate_ServesPageWithoutCookie()
    {
        var response = await GetWithNewVisitorAsync("/?ref=nobody");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ShareLinkTestSupport.SetCookieHeader(response, CookieName), Is.Null);
    }

    [TestCase("ref")]
    [TestCase("affiliate")]
    public async Task AffiliateParameter_OversizedValue_ServesPageAndRecordsNothing(string parameter)
    {
        await _support.FlushBufferAsync();
        var before = await _support.CountRowsAsync();

        var response = await GetWithNewVisitorAsync($"/?{parameter}={new string('a', 5000)}");
        await _support.FlushBufferAsync();
        var after = await _support.CountRowsAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ShareLinkTestSupport.SetCookieHeader(response, CookieName), Is.Null);
        Assert.That(after, Is.EqualTo(before), "no click and no attribution row");
    }

    [TestCase("garbage")]
    [TestCase("altered")]
    [TestCase("foreign")]
    public async Task AttributionCookie_NotIssuedByThisStore_IsDeletedAndPageServed(string kind)
    {
        var genuine = await GetAttributionCookieAsync("/?ref=alice");
        var value = kind switch
        {
            "garbage" => "not-a-protected-value",
            "altered" => genuine[..(genuine.Length / 2)] + (genuine[genuine.Length / 2] == 'A' ? 'B' : 'A') + genuine[(genuine.Length / 2 + 1)..],
            // The same ticket, protected by another store's key ring.
            _ => new EphemeralDataProtectionProvider().CreateProtector(AttributionCookie.Purpose).Protect(_support.Protector.Unprotect(genuine))
        };
        var cookies = new CookieContainer();
        cookies.Add(Server.BaseAddress, new Cookie(CookieName, value, "/"));
        using var client = CreateBrowserClient(cookies);

        var response = await client.GetAsync("/");
        var deletion = ShareLinkTestSupport.SetCookieHeader(response, CookieName);

        Assert.That(value, Is.Not.EqualTo(genuine));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(deletion, Is.Not.Null, "the response deletes the cookie");
        Assert.That(ShareLinkTestSupport.ExpiresOf(deletion), Is.LessThan(DateTimeOffset.UtcNow));
        Assert.That(CookieValue(cookies, CookieName), Is.Null);
    }

    [Test]
    public async Task AttributionCookie_WindowEnded_IsDeleted()
    {
        var cookies = new CookieContainer();
        using var client = CreateBrowserClient(cookies);
        await client.GetAsync("/?ref=alice");

        await AdvanceClockAsync(client, days: 29);
        var inside = await client.GetAsync("/");
        await AdvanceClockAsync(client, days: 2);
        var after = await client.GetAsync("/");
        var deletion = ShareLinkTestSupport.SetCookieHeader(after, CookieName);

        Assert.That(inside.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ShareLinkTestSupport.SetCookieHeader(inside, CookieName), Is.Null, "on day 29 the cookie is still good");
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(deletion, Is.Not.Null, "on day 31 the response deletes the cookie");
        Assert.That(ShareLinkTestSupport.ExpiresOf(deletion), Is.LessThan(DateTimeOffset.UtcNow));
        Assert.That(CookieValue(cookies, CookieName), Is.Null);
    }

    [TestCase("curl/8.5.0")]
    [TestCase("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")]
    [TestCase("")]
    public async Task GoLink_BotOrNoUserAgent_RedirectsButSetsNoCookieAndCountsNoClick(string userAgent)
    {
        var link = await _support.CreateLinkAsync(_alice, ShareLinkTestSupport.NewSlug("bots"), ProductPath);
        using var bot = Server.CreateClient(new CookieContainer());
        if (userAgent.Length > 0)
            bot.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", userAgent);

        var response = await bot.GetAsync($"go/{link.Slug}");
        await _support.FlushBufferAsync();
        var botClicks = await _support.GetClicksAsync(link.Id);
        await GetWithNewVisitorAsync($"go/{link.Slug}");
        var clicks = await _support.WaitForClicksAsync(link.Id, 1);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo(ProductPath), "bots still reach the destination");
        Assert.That(ShareLinkTestSupport.SetCookieHeader(response, CookieName), Is.Null);
        Assert.That(botClicks, Is.Empty);
        Assert.That(clicks.Select(click => click.UserAgentKind), Is.EqualTo(new[] { UserAgentKind.Desktop }), "a browser's click on the same link counts once");
    }

    [Test]
    public async Task GoLink_SignedInAdministrator_RedirectsButCountsNoClick()
    {
        var link = await _support.CreateLinkAsync(_alice, ShareLinkTestSupport.NewSlug("admin"), ProductPath);
        var cookies = new CookieContainer();
        using var admin = CreateBrowserClient(cookies);
        await LoginAsync(admin, SandboxDemoData.AdminEmail, SandboxDemoData.AdminPassword);

        var response = await admin.GetAsync($"go/{link.Slug}");
        await _support.FlushBufferAsync();
        var adminClicks = await _support.GetClicksAsync(link.Id);
        await GetWithNewVisitorAsync($"go/{link.Slug}");
        var clicks = await _support.WaitForClicksAsync(link.Id, 1);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo(ProductPath));
        Assert.That(ShareLinkTestSupport.SetCookieHeader(response, CookieName), Is.Null);
        Assert.That(adminClicks, Is.Empty, "an administrator testing a link is not a click");
        Assert.That(clicks, Has.Count.EqualTo(1), "a shopper's click on the same link counts");
    }

    [Test]
    public async Task GoLink_BrowserClick_WritesClickRowWithHashedIpReferrerHostUtmValuesAndDesktop()
    {
        var link = await _support.CreateLinkAsync(_alice, ShareLinkTestSupport.NewSlug("utm"), ProductPath);
        var cookies = new CookieContainer();
        using var client = CreateBrowserClient(cookies);
        var request = new HttpRequestMessage(HttpMethod.Get, $"go/{link.Slug}?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale");
        request.Headers.Referrer = new Uri("https://blog.example/posts/42?from=sidebar");

        var response = await client.SendAsync(request);
        var clicks = await _support.WaitForClicksAsync(link.Id, 1);
        var salt = (await _support.LoadSettingsAsync()).IpHashSalt;
        var ticket = _support.ReadTicket(CookieValue(cookies, CookieName));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(clicks, Has.Count.EqualTo(1), "the buffered writer stores the click within the wait");
        var click = clicks[0];
        Assert.That((click.AffiliateId, click.LinkId, click.VisitorId), Is.EqualTo((_alice, link.Id, ticket!.VisitorId)));
        Assert.That(click.IpHash, Does.Match(LowerHex64));
        Assert.That(click.IpHash, Does.Not.Contain("127.0.0.1"));
        Assert.That(click.IpHash, Is.EqualTo(IpAddressHasher.Hash("127.0.0.1", salt)), "the loopback address, keyed with the store's salt");
        Assert.That(click.ReferrerHost, Is.EqualTo("blog.example"));
        Assert.That((click.UtmSource, click.UtmMedium, click.UtmCampaign), Is.EqualTo(("newsletter", "email", "spring-sale")));
        Assert.That(click.UserAgentKind, Is.EqualTo(UserAgentKind.Desktop));
        Assert.That(click.LandingUrl, Is.EqualTo(ProductPath));
    }

    [Test]
    public async Task Order_GuestClickedThenSignedIn_MovesAttributionAndCreditsAffiliate()
    {
        // Carol: no other test signs the shopper in, so the shopper has no attribution of carol's but this one.
        var link = await _support.CreateLinkAsync(_carol, ShareLinkTestSupport.NewSlug("carol"), ProductPath);
        var cookies = new CookieContainer();
        using var client = CreateBrowserClient(cookies);
        var redirect = await client.GetAsync($"go/{link.Slug}");
        await client.GetAsync(redirect.Headers.Location!.OriginalString);
        var visitorId = _support.ReadTicket(CookieValue(cookies, CookieName))!.VisitorId;
        var asGuest = await _support.WaitForAttributionAsync(visitorId, attribution => attribution.CustomerId > 0);

        await LoginAsync(client, SandboxDemoData.ShopperEmail, SandboxDemoData.ShopperPassword);
        var afterLogin = await _support.WaitForAttributionAsync(visitorId, attribution => attribution.CustomerId != asGuest.CustomerId);
        var placed = await new SandboxApi(client).PlaceOrderAsync(new { Items = new[] { new { ProductId = _productId, Quantity = 1 } } });
        var order = await new SandboxApi(client).GetOrderAsync(placed.Id);

        Assert.That(asGuest?.CustomerId, Is.GreaterThan(0), "landing on the destination page tied the visitor to a guest");
        Assert.That(order.CustomerId, Is.Not.EqualTo(asGuest!.CustomerId), "the order is the signed-in shopper's");
        Assert.That(afterLogin.CustomerId, Is.EqualTo(order.CustomerId), "CustomerLoggedinEvent moved the attribution to the shopper");
        Assert.That(order.AffiliateId, Is.EqualTo(_carol));
    }

    [Test]
    public async Task Order_GuestRecordReplaced_AttributionFollowsAndOrderIsCredited()
    {
        var link = await _support.CreateLinkAsync(_alice, ShareLinkTestSupport.NewSlug("alice"), ProductPath);
        var cookies = new CookieContainer();
        using var client = CreateBrowserClient(cookies);
        var redirect = await client.GetAsync($"go/{link.Slug}");
        await client.GetAsync(redirect.Headers.Location!.OriginalString);
        var visitorId = _support.ReadTicket(CookieValue(cookies, CookieName))!.VisitorId;
        var firstGuest = await _support.WaitForAttributionAsync(visitorId, attribution => attribution.CustomerId > 0);

        // The guest cookie is gone (expired, cleared, guest deleted by the cleanup task); the attribution cookie is not.
        cookies.GetCookies(Server.BaseAddress)[CustomerCookieName]!.Expired = true;
        var page = await client.GetAsync("/cart");
        var secondGuest = await _support.WaitForAttributionAsync(visitorId, attribution => attribution.CustomerId != firstGuest.CustomerId);
        var placed = await new SandboxApi(client).PlaceOrderAsync(new { Items = new[] { new { ProductId = _productId, Quantity = 1 } } });
        var order = await new SandboxApi(client).GetOrderAsync(placed.Id);

        Assert.That(firstGuest?.CustomerId, Is.GreaterThan(0));
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(CookieValue(cookies, CookieName), Is.Not.Null, "the attribution cookie is kept");
        Assert.That(order.CustomerId, Is.Not.EqualTo(firstGuest!.CustomerId), "the order belongs to a new guest record");
        Assert.That(secondGuest.CustomerId, Is.EqualTo(order.CustomerId), "the attribution moved to the new guest");
        Assert.That(order.AffiliateId, Is.EqualTo(_alice));
    }

    [Test]
    public async Task Order_SignedInWhileLandingIsStillBuffered_IsCredited()
    {
        // Bob, and alice's own customer account as the shopper: no other test signs in as alice, so only this visit
        // can credit her orders. The buffered writer is behind (a busy database) while the guest lands and signs in.
        var bob = await _support.GetAffiliateIdAsync("bob");
        var link = await _support.CreateLinkAsync(bob, ShareLinkTestSupport.NewSlug("bob"), ProductPath);
        var cookies = new CookieContainer();
        using var client = CreateBrowserClient(cookies);
        var release = await _support.HoldBufferedWritesAsync();
        Guid visitorId;
        try
        {
            var redirect = await client.GetAsync($"go/{link.Slug}");
            await client.GetAsync(redirect.Headers.Location!.OriginalString);
            visitorId = _support.ReadTicket(CookieValue(cookies, CookieName))!.VisitorId;
            var login = LoginAsync(client, SandboxDemoData.AffiliateCustomerEmail, SandboxDemoData.AffiliateCustomerPassword);
            // A login that flushes the buffer first waits for the release; one that does not is done by now.
            await Task.WhenAny(login, Task.Delay(TimeSpan.FromSeconds(1)));
            await release();
            await login;
        }
        finally
        {
            await release();
        }

        var placed = await new SandboxApi(client).PlaceOrderAsync(new { Items = new[] { new { ProductId = _productId, Quantity = 1 } } });
        var order = await new SandboxApi(client).GetOrderAsync(placed.Id);
        var attribution = await _support.WaitForAttributionAsync(visitorId, _ => true);

        Assert.That(attribution.CustomerId, Is.EqualTo(order.CustomerId), "the attribution belongs to the signed-in customer, not to the guest left behind");
        Assert.That(order.AffiliateId, Is.EqualTo(bob), "an order placed right after signing in is credited like one placed as a guest");
    }

    private HttpClient CreateBrowserClient(CookieContainer cookies)
    {
        var client = Server.CreateClient(cookies);
        ShareLinkTestSupport.UseBrowserUserAgent(client);
        return client;
    }

    private async Task<HttpResponseMessage> GetWithNewVisitorAsync(string url)
    {
        using var client = CreateBrowserClient(new CookieContainer());
        return await client.GetAsync(url);
    }

    private async Task<string> GetAttributionCookieAsync(string url)
    {
        var cookies = new CookieContainer();
        using var client = CreateBrowserClient(cookies);
        await client.GetAsync(url);
        var value = CookieValue(cookies, CookieName);
        Assert.That(value, Is.Not.Null, $"{url} sets the attribution cookie");
        return value;
    }

    private string CookieValue(CookieContainer cookies, string name) => cookies.GetCookies(Server.BaseAddress)[name]?.Value;

    private static async Task AdvanceClockAsync(HttpClient client, int days)
    {
        var response = await client.PostAsJsonAsync("sandbox/api/clock", new { AdvanceDays = days });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static async Task LoginAsync(HttpClient client, string email, string password)
    {
        var response = await client.PostAsync("sandbox/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["Password"] = password }));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"login as {email}");
    }
}
