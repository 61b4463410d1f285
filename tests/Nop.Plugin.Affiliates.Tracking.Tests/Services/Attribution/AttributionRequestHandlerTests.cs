using Nop.Core.Domain.Stores;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Affiliates.Tracking.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Attribution;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;
using Nop.Services.Customers;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Attribution;

[TestFixture]
public class AttributionRequestHandlerTests
{
    private const int AliceId = 7;
    private const int BobId = 8;
    private const int AliceLinkId = 10;
    private const int BobLinkId = 11;
    private const int CustomerId = 42;
    private const string ClientIp = "203.0.113.7";
    private const string Salt = "test-salt";
    private const string DesktopBrowser = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";
    private const string PhoneBrowser = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

    private static readonly DateTime Now = new(2026, 5, 1, 10, 0, 0, DateTimeKind.Utc);

    private ManualTimeProvider _clock;
    private AffiliateTrackingSettings _settings;
    private AttributionBuffer _buffer;
    private EphemeralDataProtectionProvider _dataProtection;
    private AttributionCookie _cookie;
    private Mock<IAttributionLookupService> _lookupService;
    private Mock<ICustomerService> _customerService;
    private Mock<IWorkContext> _workContext;
    private Mock<IStoreContext> _storeContext;
    private AttributionLookupCache _lookupCache;
    private IServiceProvider _requestServices;
    private Customer _customer;

    [SetUp]
    public void SetUp()
    {
        _clock = new ManualTimeProvider(Now);
        _settings = new AffiliateTrackingSettings { IpHashSalt = Salt, AllowedExternalHosts = new List<string> { "partner.example" } };
        _buffer = new AttributionBuffer();
        _dataProtection = new EphemeralDataProtectionProvider();
        _cookie = new AttributionCookie(_dataProtection);

        _lookupService = new Mock<IAttributionLookupService>();
        _lookupService.Setup(s => s.GetLinkAsync("summer-sale")).ReturnsAsync(new CachedLink(AliceLinkId, AliceId, "/summer"));
        _lookupService.Setup(s => s.GetLinkAsync("bob-deal")).ReturnsAsync(new CachedLink(BobLinkId, BobId, "/deal"));
        _lookupService.Setup(s => s.GetLinkAsync("partner-deal")).ReturnsAsync(new CachedLink(BobLinkId, BobId, "https://partner.example/deal?x=1"));
        _lookupService.Setup(s => s.ResolveAffiliateCodeAsync("alice")).ReturnsAsync(AliceId);
        _lookupService.Setup(s => s.ResolveAffiliateCodeAsync("bob")).ReturnsAsync(BobId);
        _lookupService.Setup(s => s.ResolveAffiliateIdAsync(BobId)).ReturnsAsync(BobId);

        _customer = new Customer { Id = CustomerId };
        _customerService = new Mock<ICustomerService>();
        _workContext = new Mock<IWorkContext>();
        _workContext.Setup(w => w.GetCurrentCustomerAsync()).ReturnsAsync(() => _customer);
        _storeContext = new Mock<IStoreContext>();
        _storeContext.Setup(s => s.GetCurrentStoreAsync()).ReturnsAsync(new Store { Id = 1, Url = "https://www.store.example/" });
        _lookupCache = new AttributionLookupCache(_clock);

        // The request's scoped services, as nopCommerce's container gives them to the singleton handler.
        _requestServices = new ServiceCollection()
            .AddSingleton(_lookupService.Object)
            .AddSingleton(_customerService.Object)
            .AddSingleton(_workContext.Object)
            .AddSingleton(_storeContext.Object)
            .BuildServiceProvider();
    }

    private AttributionRequestHandler CreateHandler() => new(_buffer, _cookie, _lookupCache, _clock);

    private DefaultHttpContext Context(string pathAndQuery, string cookieValue = null, bool https = false,
        string userAgent = DesktopBrowser, string referer = null, bool authenticated = false)
    {
        var context = new DefaultHttpContext { RequestServices = _requestServices };
        context.Connection.RemoteIpAddress = IPAddress.Parse(ClientIp);
        var queryStart = pathAndQuery.IndexOf('?');
        context.Request.Method = "GET";
        context.Request.Scheme = https ? "https" : "http";
        context.Request.Host = new HostString("store.example");
        context.Request.Path = queryStart < 0 ? pathAndQuery : pathAndQuery[..queryStart];
        context.Request.QueryString = queryStart < 0 ? QueryString.Empty : new QueryString(pathAndQuery[queryStart..]);
        if (userAgent is not null)
            context.Request.Headers.UserAgent = userAgent;
        if (referer is not null)
            context.Request.Headers.Referer = referer;
        if (cookieValue is not null)
            context.Request.Headers.Cookie = $"a=1; {AttributionCookie.Name}={cookieValue}";
        if (authenticated)
            context.User = new ClaimsPrincipal(new ClaimsIdentity(new[] { new Claim(ClaimTypes.Name, "someone") }, "Cookies"));
        return context;
    }

    private Task<bool> HandleShortLinkAsync(HttpContext context, string slug) =>
        CreateHandler().HandleAsync(context, new AttributionRequest(slug, false, context.Request.Headers.Cookie.Count > 0), AttributionRequestSettings.From(_settings));

    private Task<bool> HandlePageAsync(HttpContext context, bool hasLinkParameter = true) =>
        CreateHandler().HandleAsync(context, new AttributionRequest(null, hasLinkParameter, context.Request.Headers.Cookie.Count > 0), AttributionRequestSettings.From(_settings));

    private string Protect(AttributionTicket ticket)
    {
        var context = new DefaultHttpContext();
        _cookie.Write(context.Response, ticket, ticket.ClickedOnUtc.AddDays(30));
        return SetCookies(context).Single().Value.ToString();
    }

    private static IList<SetCookieHeaderValue> SetCookies(HttpContext context) =>
        SetCookieHeaderValue.ParseList(context.Response.Headers.SetCookie.ToArray());

    private AttributionTicket ReadWrittenTicket(HttpContext context)
    {
        var written = SetCookies(context).Last(c => c.Name == AttributionCookie.Name);
        var next = new DefaultHttpContext();
        next.Request.Headers.Cookie = $"{AttributionCookie.Name}={written.Value}";
        return _cookie.Read(next.Request, out _);
    }

    private async Task<List<AttributionCapture>> DrainAsync()
    {
        var captures = new List<AttributionCapture>();
        await _buffer.FlushAsync(batch => { captures.AddRange(batch); return Task.CompletedTask; });
        return captures;
    }

    [Test]
    public async Task HandleAsync_ShortLink_RedirectsToDestinationAndAnswersRequest()
    {
        var context = Context("/go/summer-sale");

        var handled = await HandleShortLinkAsync(context, "summer-sale");

        Assert.That(handled, Is.True);
        Assert.That(context.Response.StatusCode, Is.EqualTo(StatusCodes.Status302Found));
        Assert.That(context.Response.Headers.Location.ToString(), Is.EqualTo("/summer"));
    }

    [Test]
    public async Task HandleAsync_CachedShortLinkAnonymousVisitor_ResolvesNoRequestService()
    {
        // The common click: the link is cached and the visitor is not signed in. The strict provider throws on any service.
        _lookupCache.SetLink("summer-sale", new CachedLink(AliceLinkId, AliceId, "/summer"));
        var context = Context("/go/summer-sale");
        context.RequestServices = new Mock<IServiceProvider>(MockBehavior.Strict).Object;

        var handled = await HandleShortLinkAsync(context, "summer-sale");

        Assert.That(handled, Is.True);
        Assert.That(context.Response.Headers.Location.ToString(), Is.EqualTo("/summer"));
        var click = (await DrainAsync()).Single().Click;
        Assert.That(click.AffiliateId, Is.EqualTo(AliceId));
        Assert.That(click.IpHash, Is.EqualTo(IpAddressHasher.Hash(ClientIp, Salt)));
    }

    [Test]
    public async Task HandleAsync_ShortLinkNotCached_AsksTheLookupServiceWithTheNormalizedSlug()
    {
        var context = Context("/go/Summer-Sale/");

        await HandleShortLinkAsync(context, "Summer-Sale/");

        Assert.That(context.Response.Headers.Location.ToString(), Is.EqualTo("/summer"));
        _lookupService.Verify(s => s.GetLinkAsync("summer-sale"), Times.Once);
    }

    [TestCase("::1", "127.0.0.1")]
    [TestCase("127.0.0.1", "127.0.0.1")]
    [TestCase("2001:db8::7", "2001:db8::7")]
    public async Task HandleAsync_Click_HashesTheAddressAsNopCommerceReportsIt(string remote, string reported)
    {
        var context = Context("/go/summer-sale");
        context.Connection.RemoteIpAddress = IPAddress.Parse(remote);

        await HandleShortLinkAsync(context, "summer-sale");

        Assert.That((await DrainAsync()).Single().Click.IpHash, Is.EqualTo(IpAddressHasher.Hash(reported, Salt)));
    }

    [Test]
    public async Task HandleAsync_ShortLink_SetsHttpOnlyLaxRootCookieExpiringAtWindowEnd()
    {
        var context = Context("/go/summer-sale");

        await HandleShortLinkAsync(context, "summer-sale");

        var cookie = SetCookies(context).Single();
        Assert.That(cookie.Name.ToString(), Is.EqualTo(".Nop.AffiliateTracking"));
        Assert.That(cookie.HttpOnly, Is.True);
        Assert.That(cookie.SameSite, Is.EqualTo(Microsoft.Net.Http.Headers.SameSiteMode.Lax));
        Assert.That(cookie.Path.ToString(), Is.EqualTo("/"));
        Assert.That(cookie.Secure, Is.False, "plain http");
        Assert.That(cookie.Expires, Is.EqualTo(new DateTimeOffset(Now.AddDays(30))));
    }

    [Test]
    public async Task HandleAsync_ShortLinkOverHttps_SetsSecureCookie()
    {
        var context = Context("/go/summer-sale", https: true);

        await HandleShortLinkAsync(context, "summer-sale");

        Assert.That(SetCookies(context).Single().Secure, Is.True);
    }

    [Test]
    public async Task HandleAsync_ShortLinkWithOtherWindow_CookieExpiresAtThatWindowEnd()
    {
        _settings.AttributionWindowDays = 7;
        var context = Context("/go/summer-sale");

        await HandleShortLinkAsync(context, "summer-sale");

        Assert.That(SetCookies(context).Single().Expires, Is.EqualTo(new DateTimeOffset(Now.AddDays(7))));
    }

    [Test]
    public async Task HandleAsync_ShortLinkWithInvalidWindowSetting_UsesDefaultWindow()
    {
        _settings.AttributionWindowDays = 0;
        var context = Context("/go/summer-sale");

        await HandleShortLinkAsync(context, "summer-sale");

        Assert.That(SetCookies(context).Single().Expires, Is.EqualTo(new DateTimeOffset(Now.AddDays(AttributionSettingsRules.DefaultWindowDays))));
    }

    [Test]
    public async Task HandleAsync_ShortLink_QueuesClickWithNewVisitorTicketMatchingCookie()
    {
        var context = Context("/go/summer-sale");

        await HandleShortLinkAsync(context, "summer-sale");

        var capture = (await DrainAsync()).Single();
        Assert.That(capture.Kind, Is.EqualTo(CaptureKind.Click));
        Assert.That(capture.Ticket.VisitorId, Is.Not.EqualTo(Guid.Empty));
        Assert.That(capture.Ticket.AffiliateId, Is.EqualTo(AliceId));
        Assert.That(capture.Ticket.LinkId, Is.EqualTo(AliceLinkId));
        Assert.That(capture.Ticket.ClickedOnUtc, Is.EqualTo(Now));
        Assert.That(capture.Ticket.CustomerId, Is.Zero);
        Assert.That(ReadWrittenTicket(context), Is.EqualTo(capture.Ticket));
    }

    [Test]
    public async Task HandleAsync_TwoVisitorsClick_GetDifferentVisitorIds()
    {
        await HandleShortLinkAsync(Context("/go/summer-sale"), "summer-sale");
        await HandleShortLinkAsync(Context("/go/summer-sale"), "summer-sale");

        var captures = await DrainAsync();
        Assert.That(captures.Select(c => c.Ticket.VisitorId), Is.Unique);
    }

    [Test]
    public async Task HandleAsync_ShortLink_ClickHasHashedIpUtmReferrerHostAndUserAgentKind()
    {
        var context = Context("/go/summer-sale?utm_source=newsletter&utm_medium=email&utm_campaign=summer",
            userAgent: PhoneBrowser, referer: "https://social.example/posts/1?x=y");

        await HandleShortLinkAsync(context, "summer-sale");

        var capture = (await DrainAsync()).Single();
        var click = capture.Click;
        Assert.That(click, Is.Not.Null);
        Assert.That(click.Id, Is.Zero);
        Assert.That(click.AffiliateId, Is.EqualTo(AliceId));
        Assert.That(click.LinkId, Is.EqualTo(AliceLinkId));
        Assert.That(click.VisitorId, Is.EqualTo(capture.Ticket.VisitorId));
        Assert.That(click.LandingUrl, Is.EqualTo("/summer"));
        Assert.That(click.ReferrerHost, Is.EqualTo("social.example"));
        Assert.That(click.UtmSource, Is.EqualTo("newsletter"));
        Assert.That(click.UtmMedium, Is.EqualTo("email"));
        Assert.That(click.UtmCampaign, Is.EqualTo("summer"));
        Assert.That(click.UserAgentKind, Is.EqualTo(UserAgentKind.Mobile));
        Assert.That(click.CreatedOnUtc, Is.EqualTo(Now));
        Assert.That(click.IpHash, Is.EqualTo(IpAddressHasher.Hash(ClientIp, Salt)));
        Assert.That(click.IpHash, Does.Not.Contain(ClientIp));
    }

    [Test]
    public async Task HandleAsync_ShortLinkWithoutSalt_StoresNoIpAtAll()
    {
        _settings.IpHashSalt = null;
        var context = Context("/go/summer-sale");

        await HandleShortLinkAsync(context, "summer-sale");

        Assert.That((await DrainAsync()).Single().Click.IpHash, Is.Null);
    }

    [Test]
    public async Task HandleAsync_ShortLinkWithOverlongUtmValue_TruncatesIt()
    {
        var context = Context("/go/summer-sale?utm_source=" + new string('s', 500));

        await HandleShortLinkAsync(context, "summer-sale");

        Assert.That((await DrainAsync()).Single().Click.UtmSource, Has.Length.EqualTo(AffiliateTrackingDefaults.UtmValueMaxLength));
    }

    [Test]
    public async Task HandleAsync_ShortLinkAnonymous_DoesNotResolveCustomer()
    {
        await HandleShortLinkAsync(Context("/go/summer-sale"), "summer-sale");

        _workContext.Verify(w => w.GetCurrentCustomerAsync(), Times.Never);
    }

    [Test]
    public async Task HandleAsync_ShortLinkSignedIn_PutsCustomerIdInTicket()
    {
        var context = Context("/go/summer-sale", authenticated: true);

        await HandleShortLinkAsync(context, "summer-sale");

        Assert.That((await DrainAsync()).Single().Ticket.CustomerId, Is.EqualTo(CustomerId));
        Assert.That(ReadWrittenTicket(context).CustomerId, Is.EqualTo(CustomerId));
    }

    [Test]
    public async Task HandleAsync_ShortLinkToAllowedExternalHost_RedirectsThere()
    {
        var context = Context("/go/partner-deal");

        await HandleShortLinkAsync(context, "partner-deal");

        Assert.That(context.Response.Headers.Location.ToString(), Is.EqualTo("https://partner.example/deal?x=1"));
        Assert.That(await DrainAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task HandleAsync_LinkToStoreUrlHostRequestedUnderOtherHost_RedirectsThere()
    {
        // Saved against Store.Url (www.store.example), requested as store.example: both are the store.
        _lookupService.Setup(s => s.GetLinkAsync("www-deal")).ReturnsAsync(new CachedLink(AliceLinkId, AliceId, "https://www.store.example/deal"));
        var context = Context("/go/www-deal");

        await HandleShortLinkAsync(context, "www-deal");

        Assert.That(context.Response.Headers.Location.ToString(), Is.EqualTo("https://www.store.example/deal"));
        Assert.That(await DrainAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task HandleAsync_UnknownSlug_RedirectsHomeWithoutCookieOrCapture()
    {
        var context = Context("/go/made-up");

        var handled = await HandleShortLinkAsync(context, "made-up");

        Assert.That(handled, Is.True);
        Assert.That(context.Response.StatusCode, Is.EqualTo(StatusCodes.Status302Found));
        Assert.That(context.Response.Headers.Location.ToString(), Is.EqualTo("/"));
        Assert.That(context.Response.Headers.SetCookie, Is.Empty);
        Assert.That(_buffer.Count, Is.Zero);
    }

    [Test]
    public async Task HandleAsync_LinkDestinationNoLongerAllowed_RedirectsHomeWithoutCapture()
    {
        _settings.AllowedExternalHosts = new List<string>();
        var context = Context("/go/partner-deal");

        await HandleShortLinkAsync(context, "partner-deal");

        Assert.That(context.Response.Headers.Location.ToString(), Is.EqualTo("/"));
        Assert.That(context.Response.Headers.SetCookie, Is.Empty);
        Assert.That(_buffer.Count, Is.Zero);
    }

    [Test]
    public async Task HandleAsync_ReferralCodeOnPage_ContinuesPipelineWithCookieAndCapture()
    {
        var context = Context("/product?ref=alice&utm_source=blog");

        var handled = await HandlePageAsync(context);

        Assert.That(handled, Is.False);
        Assert.That(context.Response.Headers.Location.ToString(), Is.Empty);
        var capture = (await DrainAsync()).Single();
        Assert.That(capture.Kind, Is.EqualTo(CaptureKind.Click));
        Assert.That(capture.Ticket.AffiliateId, Is.EqualTo(AliceId));
        Assert.That(capture.Ticket.LinkId, Is.Zero);
        Assert.That(capture.Ticket.CustomerId, Is.EqualTo(CustomerId));
        Assert.That(capture.Click.LinkId, Is.Zero);
        Assert.That(capture.Click.LandingUrl, Is.EqualTo("/product?ref=alice&utm_source=blog"));
        Assert.That(capture.Click.UtmSource, Is.EqualTo("blog"));
        Assert.That(ReadWrittenTicket(context), Is.EqualTo(capture.Ticket));
        _workContext.Verify(w => w.GetCurrentCustomerAsync(), Times.Once);
    }

    [Test]
    public async Task HandleAsync_UnknownReferralCode_SetsNothingAndContinues()
    {
        var context = Context("/product?ref=nobody");

        var handled = await HandlePageAsync(context);

        Assert.That(handled, Is.False);
        Assert.That(context.Response.Headers.SetCookie, Is.Empty);
        Assert.That(_buffer.Count, Is.Zero);
    }

    [Test]
    public async Task HandleAsync_CoreAffiliateIdParameter_RecordsThatAffiliate()
    {
        var context = Context("/?affiliateid=8");

        await HandlePageAsync(context);

        Assert.That((await DrainAsync()).Single().Ticket.AffiliateId, Is.EqualTo(BobId));
    }

    [Test]
    public async Task HandleAsync_CoreAffiliateNameParameter_RecordsThatAffiliate()
    {
        var context = Context("/?affiliate=bob");

        await HandlePageAsync(context);

        Assert.That((await DrainAsync()).Single().Ticket.AffiliateId, Is.EqualTo(BobId));
    }

    [Test]
    public async Task HandleAsync_CoreParametersNotTracked_AreIgnored()
    {
        _settings.TrackCoreAffiliateLinks = false;
        var context = Context("/?affiliateid=8&affiliate=bob");

        await HandlePageAsync(context);

        Assert.That(_buffer.Count, Is.Zero);
        _lookupService.Verify(s => s.ResolveAffiliateIdAsync(It.IsAny<int>()), Times.Never);
    }

    [Test]
    public async Task HandleAsync_CustomReferralParameterName_IsRead()
    {
        _settings.ReferralParameterName = "partner";
        var context = Context("/?partner=alice&ref=bob");

        await HandlePageAsync(context);

        Assert.That((await DrainAsync()).Single().Ticket.AffiliateId, Is.EqualTo(AliceId));
    }

    [TestCase("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")]
    [TestCase("curl/8.5.0")]
    [TestCase("")]
    [TestCase(null)]
    public async Task HandleAsync_BotFollowsShortLink_RedirectsButRecordsNothing(string userAgent)
    {
        var context = Context("/go/summer-sale", userAgent: userAgent);

        var handled = await HandleShortLinkAsync(context, "summer-sale");

        Assert.That(handled, Is.True);
        Assert.That(context.Response.Headers.Location.ToString(), Is.EqualTo("/summer"));
        Assert.That(context.Response.Headers.SetCookie, Is.Empty);
        Assert.That(_buffer.Count, Is.Zero);
    }

    [TestCase("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")]
    [TestCase("curl/8.5.0")]
    [TestCase("")]
    public async Task HandleAsync_BotWithReferralCode_RecordsNothingAndResolvesNoCustomer(string userAgent)
    {
        var context = Context("/product?ref=alice", userAgent: userAgent);

        await HandlePageAsync(context);

        Assert.That(context.Response.Headers.SetCookie, Is.Empty);
        Assert.That(_buffer.Count, Is.Zero);
        _workContext.Verify(w => w.GetCurrentCustomerAsync(), Times.Never);
    }

    [Test]
    public async Task HandleAsync_AdminFollowsShortLink_RedirectsButRecordsNothing()
    {
        _customerService.Setup(s => s.IsAdminAsync(_customer, It.IsAny<bool>())).ReturnsAsync(true);
        var context = Context("/go/summer-sale", authenticated: true);

        await HandleShortLinkAsync(context, "summer-sale");

        Assert.That(context.Response.Headers.Location.ToString(), Is.EqualTo("/summer"));
        Assert.That(context.Response.Headers.SetCookie, Is.Empty);
        Assert.That(_buffer.Count, Is.Zero);
    }

    [Test]
    public async Task HandleAsync_AdminWithReferralCode_RecordsNothing()
    {
        _customerService.Setup(s => s.IsAdminAsync(_customer, It.IsAny<bool>())).ReturnsAsync(true);
        var context = Context("/product?ref=alice", authenticated: true);

        await HandlePageAsync(context);

        Assert.That(context.Response.Headers.SetCookie, Is.Empty);
        Assert.That(_buffer.Count, Is.Zero);
    }

    [Test]
    public async Task HandleAsync_SystemAccountWithReferralCode_RecordsNothing()
    {
        _customer.IsSystemAccount = true;
        var context = Context("/product?ref=alice");

        await HandlePageAsync(context);

        Assert.That(_buffer.Count, Is.Zero);
        Assert.That(context.Response.Headers.SetCookie, Is.Empty);
    }

    [Test]
    public async Task HandleAsync_TamperedCookie_DeletesItAndIgnoresIt()
    {
        var value = Protect(new AttributionTicket(Guid.NewGuid(), AliceId, AliceLinkId, Now, CustomerId));
        var middle = value.Length / 2;
        var tampered = value[..middle] + (value[middle] == 'A' ? 'B' : 'A') + value[(middle + 1)..];
        _clock.Advance(TimeSpan.FromHours(1));
        var context = Context("/cart", tampered);

        var handled = await HandlePageAsync(context, hasLinkParameter: false);

        Assert.That(handled, Is.False);
        AssertCookieDeleted(context);
        Assert.That(_buffer.Count, Is.Zero);
        _workContext.Verify(w => w.GetCurrentCustomerAsync(), Times.Never);
    }

    [Test]
    public async Task HandleAsync_CookieOfAnotherPurpose_DeletesIt()
    {
        var ticket = new AttributionTicket(Guid.NewGuid(), AliceId, AliceLinkId, Now);
        var foreign = _dataProtection.CreateProtector("foreign").Protect(ticket.Serialize());
        var context = Context("/cart", foreign);

        await HandlePageAsync(context, hasLinkParameter: false);

        AssertCookieDeleted(context);
        Assert.That(_buffer.Count, Is.Zero);
    }

    [Test]
    public async Task HandleAsync_OversizedCookie_DeletesItAndIgnoresIt()
    {
        var context = Context("/cart", new string('A', 600));

        await HandlePageAsync(context, hasLinkParameter: false);

        AssertCookieDeleted(context);
        Assert.That(_buffer.Count, Is.Zero);
    }

    [Test]
    public async Task HandleAsync_OversizedCookieThenShortLink_StartsNewVisitor()
    {
        var context = Context("/go/summer-sale", new string('A', 600));

        await HandleShortLinkAsync(context, "summer-sale");

        var capture = (await DrainAsync()).Single();
        Assert.That(capture.Kind, Is.EqualTo(CaptureKind.Click));
        Assert.That(ReadWrittenTicket(context), Is.EqualTo(capture.Ticket), "the last Set-Cookie carries the new ticket");
    }

    [Test]
    public async Task HandleAsync_ExpiredTicket_DeletesCookieAndQueuesExpire()
    {
        var ticket = new AttributionTicket(Guid.NewGuid(), AliceId, AliceLinkId, Now, CustomerId);
        var value = Protect(ticket);
        _clock.Advance(TimeSpan.FromDays(31));
        var context = Context("/cart", value);

        var handled = await HandlePageAsync(context, hasLinkParameter: false);

        Assert.That(handled, Is.False);
        AssertCookieDeleted(context);
        var capture = (await DrainAsync()).Single();
        Assert.That(capture.Kind, Is.EqualTo(CaptureKind.Expire));
        Assert.That(capture.Ticket, Is.EqualTo(ticket));
        Assert.That(capture.Click, Is.Null);
    }

    [Test]
    public async Task HandleAsync_TicketIssuedByNodeWithClockAhead_IsKeptNotExpired()
    {
        // Another web-farm node, its clock two seconds ahead, answered the click; this node reads the cookie a second later.
        var ticket = new AttributionTicket(Guid.NewGuid(), AliceId, AliceLinkId, Now.AddSeconds(2), CustomerId);
        var context = Context("/cart", Protect(ticket));

        await HandlePageAsync(context, hasLinkParameter: false);

        Assert.That(_buffer.Count, Is.Zero, "a fresh click is not expired");
        Assert.That(context.Response.Headers.SetCookie, Is.Empty, "the cookie is kept");
    }

    [Test]
    public async Task HandleAsync_TicketAtExactWindowEnd_IsExpired()
    {
        var value = Protect(new AttributionTicket(Guid.NewGuid(), AliceId, AliceLinkId, Now, CustomerId));
        _clock.Advance(TimeSpan.FromDays(30));
        var context = Context("/cart", value);

        await HandlePageAsync(context, hasLinkParameter: false);

        Assert.That((await DrainAsync()).Single().Kind, Is.EqualTo(CaptureKind.Expire));
    }

    [Test]
    public async Task HandleAsync_LastClickWithValidCookieOfOtherAffiliate_SwitchesToNewAffiliateKeepingVisitor()
    {
        var existing = new AttributionTicket(Guid.NewGuid(), AliceId, AliceLinkId, Now, CustomerId: 0);
        var value = Protect(existing);
        _clock.Advance(TimeSpan.FromDays(3));
        var context = Context("/go/bob-deal", value);

        await HandleShortLinkAsync(context, "bob-deal");

        var capture = (await DrainAsync()).Single();
        Assert.That(capture.Ticket, Is.EqualTo(new AttributionTicket(existing.VisitorId, BobId, BobLinkId, Now.AddDays(3))));
        Assert.That(capture.Click.AffiliateId, Is.EqualTo(BobId));
        Assert.That(ReadWrittenTicket(context), Is.EqualTo(capture.Ticket));
        Assert.That(SetCookies(context).Single().Expires, Is.EqualTo(new DateTimeOffset(Now.AddDays(33))));
    }

    [Test]
    public async Task HandleAsync_FirstClickWithValidCookieOfOtherAffiliate_KeepsFirstAffiliateButCountsClickForNewOne()
    {
        _settings.AttributionModel = AttributionModel.FirstClick;
        var existing = new AttributionTicket(Guid.NewGuid(), AliceId, AliceLinkId, Now, CustomerId: 0);
        var value = Protect(existing);
        _clock.Advance(TimeSpan.FromDays(3));
        var context = Context("/go/bob-deal", value);

        await HandleShortLinkAsync(context, "bob-deal");

        var capture = (await DrainAsync()).Single();
        Assert.That(capture.Ticket, Is.EqualTo(existing));
        Assert.That(capture.Click.AffiliateId, Is.EqualTo(BobId));
        Assert.That(capture.Click.LinkId, Is.EqualTo(BobLinkId));
        Assert.That(capture.Click.VisitorId, Is.EqualTo(existing.VisitorId));
        Assert.That(ReadWrittenTicket(context), Is.EqualTo(existing));
        Assert.That(SetCookies(context).Single().Expires, Is.EqualTo(new DateTimeOffset(Now.AddDays(30))), "the window still runs from the first click");
        Assert.That(context.Response.Headers.Location.ToString(), Is.EqualTo("/deal"));
    }

    [Test]
    public async Task HandleAsync_CookieOnlyRequestSeenAsNewCustomer_QueuesLinkCustomerAndRewritesCookie()
    {
        var existing = new AttributionTicket(Guid.NewGuid(), AliceId, AliceLinkId, Now, CustomerId: 0);
        var value = Protect(existing);
        _clock.Advance(TimeSpan.FromHours(2));
        var context = Context("/cart", value);

        var handled = await HandlePageAsync(context, hasLinkParameter: false);

        Assert.That(handled, Is.False);
        var capture = (await DrainAsync()).Single();
        Assert.That(capture.Kind, Is.EqualTo(CaptureKind.LinkCustomer));
        Assert.That(capture.Ticket, Is.EqualTo(existing with { CustomerId = CustomerId }));
        Assert.That(capture.Click, Is.Null);
        Assert.That(ReadWrittenTicket(context), Is.EqualTo(existing with { CustomerId = CustomerId }));
        Assert.That(SetCookies(context).Single().Expires, Is.EqualTo(new DateTimeOffset(Now.AddDays(30))));
    }

    [Test]
    public async Task HandleAsync_CookieOnlyRequestBySameCustomer_QueuesNothingAndWritesNoCookie()
    {
        var value = Protect(new AttributionTicket(Guid.NewGuid(), AliceId, AliceLinkId, Now, CustomerId));
        _clock.Advance(TimeSpan.FromHours(2));
        var context = Context("/cart", value);

        var handled = await HandlePageAsync(context, hasLinkParameter: false);

        Assert.That(handled, Is.False);
        Assert.That(_buffer.Count, Is.Zero);
        Assert.That(context.Response.Headers.SetCookie, Is.Empty);
    }

    [Test]
    public async Task HandleAsync_CookieOnlyRequestBySystemAccount_QueuesNothing()
    {
        _customer.IsSystemAccount = true;
        var value = Protect(new AttributionTicket(Guid.NewGuid(), AliceId, AliceLinkId, Now));
        var context = Context("/cart", value);

        await HandlePageAsync(context, hasLinkParameter: false);

        Assert.That(_buffer.Count, Is.Zero);
        Assert.That(context.Response.Headers.SetCookie, Is.Empty);
    }

    [Test]
    public async Task HandleAsync_CookieOnlyRequestByAdmin_QueuesNothing()
    {
        _customerService.Setup(s => s.IsAdminAsync(_customer, true)).ReturnsAsync(true);
        var value = Protect(new AttributionTicket(Guid.NewGuid(), AliceId, AliceLinkId, Now));
        var context = Context("/cart", value);

        await HandlePageAsync(context, hasLinkParameter: false);

        Assert.That(_buffer.Count, Is.Zero);
        Assert.That(context.Response.Headers.SetCookie, Is.Empty);
    }

    [Test]
    public async Task HandleAsync_UnknownReferralCodeWithValidCookie_LinksCustomerInstead()
    {
        var existing = new AttributionTicket(Guid.NewGuid(), AliceId, AliceLinkId, Now);
        var context = Context("/product?ref=nobody", Protect(existing));

        await HandlePageAsync(context);

        var capture = (await DrainAsync()).Single();
        Assert.That(capture.Kind, Is.EqualTo(CaptureKind.LinkCustomer));
        Assert.That(capture.Ticket.AffiliateId, Is.EqualTo(AliceId));
    }

    private void AssertCookieDeleted(HttpContext context)
    {
        var cookie = SetCookies(context).Single();
        Assert.That(cookie.Name.ToString(), Is.EqualTo(AttributionCookie.Name));
        Assert.That(cookie.Value.ToString(), Is.Empty);
        Assert.That(cookie.Expires, Is.LessThan(new DateTimeOffset(_clock.GetUtcNow().UtcDateTime)));
        Assert.That(cookie.Path.ToString(), Is.EqualTo("/"));
    }
}
