using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Affiliates.Tracking.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Services.Attribution;
using Nop.Services.Configuration;
using Nop.Services.Stores;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Infrastructure;

[TestFixture]
public class AffiliateAttributionMiddlewareTests
{
    private static readonly AttributionRequestSettings Settings = new(Enabled: true, "ref", "go", TrackCoreAffiliateLinks: true);

    private AttributionSettingsSnapshot _snapshot;
    private Mock<IAttributionRequestHandler> _handler;
    private Mock<IServiceProvider> _services;
    private bool _nextRan;
    private AffiliateAttributionMiddleware _middleware;

    [SetUp]
    public void SetUp()
    {
        _snapshot = new AttributionSettingsSnapshot(TimeProvider.System);
        _snapshot.Set(Settings);
        _handler = new Mock<IAttributionRequestHandler>();
        _services = new Mock<IServiceProvider>(MockBehavior.Strict);
        _nextRan = false;
        _middleware = new AffiliateAttributionMiddleware(_ => { _nextRan = true; return Task.CompletedTask; }, _snapshot,
            NullLogger<AffiliateAttributionMiddleware>.Instance);
    }

    private DefaultHttpContext Context(string pathAndQuery, string method = "GET", string cookie = null)
    {
        var context = new DefaultHttpContext { RequestServices = _services.Object };
        var queryStart = pathAndQuery.IndexOf('?');
        context.Request.Method = method;
        context.Request.Path = queryStart < 0 ? pathAndQuery : pathAndQuery[..queryStart];
        context.Request.QueryString = queryStart < 0 ? QueryString.Empty : new QueryString(pathAndQuery[queryStart..]);
        if (cookie is not null)
            context.Request.Headers.Cookie = cookie;
        return context;
    }

    private void ExpectHandler(bool handled = false)
    {
        _services.Setup(s => s.GetService(typeof(IAttributionRequestHandler))).Returns(_handler.Object);
        _handler.Setup(h => h.HandleAsync(It.IsAny<HttpContext>(), It.IsAny<AttributionRequest>(), Settings)).ReturnsAsync(handled);
    }

    [TestCase("/")]
    [TestCase("/apple-iphone-16")]
    [TestCase("/category/shoes?color=red&size=42")]
    [TestCase("/search?q=ref")]
    [TestCase("/search?preference=1")]
    [TestCase("/gone/x")]
    public async Task InvokeAsync_NoLinkNoCookie_PassesOnWithoutResolvingAnything(string url)
    {
        // The strict service provider throws if the middleware asks for any service (customer, settings, handler).
        await _middleware.InvokeAsync(Context(url, cookie: ".Nop.Customer=abc; other=1"));

        Assert.That(_nextRan, Is.True);
        _services.Verify(s => s.GetService(It.IsAny<Type>()), Times.Never);
    }

    [TestCase("/scheduletask/runtask?ref=alice")]
    [TestCase("/Admin/Order/List?ref=alice")]
    [TestCase("/admin?affiliateid=3")]
    public async Task InvokeAsync_ScheduleTaskOrAdminPath_IsLeftAlone(string url)
    {
        await _middleware.InvokeAsync(Context(url, cookie: ".Nop.AffiliateTracking=x"));

        Assert.That(_nextRan, Is.True);
        _services.Verify(s => s.GetService(It.IsAny<Type>()), Times.Never);
    }

    [TestCase("POST")]
    [TestCase("PUT")]
    [TestCase("DELETE")]
    public async Task InvokeAsync_NotGet_IsLeftAlone(string method)
    {
        await _middleware.InvokeAsync(Context("/go/summer-sale?ref=alice", method));

        Assert.That(_nextRan, Is.True);
        _services.Verify(s => s.GetService(It.IsAny<Type>()), Times.Never);
    }

    [Test]
    public async Task InvokeAsync_ShortLinkHandled_DoesNotRunTheRestOfThePipeline()
    {
        ExpectHandler(handled: true);

        await _middleware.InvokeAsync(Context("/go/summer-sale"));

        Assert.That(_nextRan, Is.False);
        _handler.Verify(h => h.HandleAsync(It.IsAny<HttpContext>(), new AttributionRequest("summer-sale", false, false), Settings), Times.Once);
    }

    [TestCase("/product?ref=alice", true, false)]
    [TestCase("/product?REF=alice&x=1", true, false)]
    [TestCase("/?affiliateid=3", true, false)]
    [TestCase("/?affiliate=alice", true, false)]
    public async Task InvokeAsync_LinkParameter_HandsOverAndContinues(string url, bool hasParameter, bool hasCookie)
    {
        ExpectHandler();

        await _middleware.InvokeAsync(Context(url));

        Assert.That(_nextRan, Is.True);
        _handler.Verify(h => h.HandleAsync(It.IsAny<HttpContext>(), new AttributionRequest(null, hasParameter, hasCookie), Settings), Times.Once);
    }

    [Test]
    public async Task InvokeAsync_CoreParametersWhenNotTracked_PassOn()
    {
        _snapshot.Set(Settings with { TrackCoreAffiliateLinks = false });

        await _middleware.InvokeAsync(Context("/?affiliateid=3&affiliate=alice"));

        Assert.That(_nextRan, Is.True);
        _services.Verify(s => s.GetService(It.IsAny<Type>()), Times.Never);
    }

    [Test]
    public async Task InvokeAsync_AttributionCookie_HandsOver()
    {
        ExpectHandler();

        await _middleware.InvokeAsync(Context("/cart", cookie: "a=1; .Nop.AffiliateTracking=CfDJ8abc"));

        _handler.Verify(h => h.HandleAsync(It.IsAny<HttpContext>(), new AttributionRequest(null, false, true), Settings), Times.Once);
        Assert.That(_nextRan, Is.True);
    }

    [Test]
    public async Task InvokeAsync_PluginDisabled_PassesOn()
    {
        _snapshot.Set(Settings with { Enabled = false });

        await _middleware.InvokeAsync(Context("/go/summer-sale?ref=alice"));

        Assert.That(_nextRan, Is.True);
        _services.Verify(s => s.GetService(It.IsAny<Type>()), Times.Never);
    }

    [Test]
    public async Task InvokeAsync_HandlerThrows_RequestStillServed()
    {
        _services.Setup(s => s.GetService(typeof(IAttributionRequestHandler))).Returns(_handler.Object);
        _handler.Setup(h => h.HandleAsync(It.IsAny<HttpContext>(), It.IsAny<AttributionRequest>(), Settings)).ThrowsAsync(new InvalidOperationException("database down"));

        await _middleware.InvokeAsync(Context("/go/summer-sale"));

        Assert.That(_nextRan, Is.True);
    }

    [Test]
    public async Task InvokeAsync_SettingsNotLoaded_LoadsThemOnceThenClassifies()
    {
        _snapshot.Invalidate();
        var settingService = new Mock<ISettingService>();
        settingService.Setup(s => s.LoadSettingAsync<AffiliateTrackingSettings>(It.IsAny<int>())).ReturnsAsync(() => new AffiliateTrackingSettings { ReferralParameterName = "partner" });
        _services.Setup(s => s.GetService(typeof(ISettingService))).Returns(settingService.Object);
        _services.Setup(s => s.GetService(typeof(IStoreService))).Returns(StoreService(1).Object);

        await _middleware.InvokeAsync(Context("/?ref=alice"));

        Assert.That(_nextRan, Is.True);
        Assert.That(_snapshot.TryGetCurrent(out var loaded), Is.True);
        Assert.That(loaded.Shared.ReferralParameterName, Is.EqualTo("partner"));
        Assert.That(loaded.DiffersByStore, Is.False, "a store without values of its own uses the shared ones");
        settingService.Verify(s => s.LoadSettingAsync<AffiliateTrackingSettings>(0), Times.Once);
        settingService.Verify(s => s.LoadSettingAsync<AffiliateTrackingSettings>(1), Times.Once);
    }

    [Test]
    public async Task InvokeAsync_SettingsCannotLoad_ServesTheRequest()
    {
        _snapshot.Invalidate();
        var settingService = new Mock<ISettingService>();
        settingService.Setup(s => s.LoadSettingAsync<AffiliateTrackingSettings>(0)).ThrowsAsync(new InvalidOperationException("no table"));
        _services.Setup(s => s.GetService(typeof(ISettingService))).Returns(settingService.Object);

        await _middleware.InvokeAsync(Context("/go/x"));

        Assert.That(_nextRan, Is.True);
        Assert.That(_snapshot.TryGetCurrent(out _), Is.False);
    }

    private static Mock<IStoreService> StoreService(params int[] storeIds)
    {
        var storeService = new Mock<IStoreService>();
        storeService.Setup(s => s.GetAllStoresAsync()).ReturnsAsync(storeIds.Select(id => new Store { Id = id }).ToList());
        return storeService;
    }

    private void SetTwoStores(AttributionRequestSettings secondStore) =>
        _snapshot.Set(new AttributionStoreSettings(Settings, new Dictionary<int, AttributionRequestSettings> { [2] = secondStore }));

    private void CurrentStore(int storeId) =>
        _services.Setup(s => s.GetService(typeof(IStoreContext))).Returns(Mock.Of<IStoreContext>(c => c.GetCurrentStoreAsync() == Task.FromResult(new Store { Id = storeId })));

    [TestCase("/")]
    [TestCase("/category/shoes?color=red&size=42")]
    [TestCase("/gone/x")]
    public async Task InvokeAsync_TwoStoresNoLinkNoCookie_ResolvesNoStore(string url)
    {
        SetTwoStores(Settings with { ReferralParameterName = "partner", ShortLinkPrefix = "share" });

        // Strict provider: asking for the store context (or anything else) would throw.
        await _middleware.InvokeAsync(Context(url, cookie: ".Nop.Customer=abc"));

        Assert.That(_nextRan, Is.True);
    }

    [Test]
    public async Task InvokeAsync_OtherStoresParameterName_HandledOnThatStoreOnly()
    {
        var secondStore = Settings with { ReferralParameterName = "partner", ShortLinkPrefix = "share" };
        SetTwoStores(secondStore);
        _services.Setup(s => s.GetService(typeof(IAttributionRequestHandler))).Returns(_handler.Object);
        _handler.Setup(h => h.HandleAsync(It.IsAny<HttpContext>(), It.IsAny<AttributionRequest>(), It.IsAny<AttributionRequestSettings>())).ReturnsAsync(false);

        CurrentStore(1);
        await _middleware.InvokeAsync(Context("/?partner=alice"));
        _handler.Verify(h => h.HandleAsync(It.IsAny<HttpContext>(), It.IsAny<AttributionRequest>(), It.IsAny<AttributionRequestSettings>()), Times.Never);

        CurrentStore(2);
        await _middleware.InvokeAsync(Context("/?partner=alice"));
        _handler.Verify(h => h.HandleAsync(It.IsAny<HttpContext>(), It.Is<AttributionRequest>(r => r.HasLinkParameter), secondStore), Times.Once);

        await _middleware.InvokeAsync(Context("/?ref=alice"));
        _handler.Verify(h => h.HandleAsync(It.IsAny<HttpContext>(), It.IsAny<AttributionRequest>(), It.IsAny<AttributionRequestSettings>()), Times.Once,
            "store 2 has its own parameter name; the shared one is no link there");
        Assert.That(_nextRan, Is.True);
    }

    [Test]
    public async Task InvokeAsync_OtherStoresShortLinkPrefix_RedirectsOnThatStoreOnly()
    {
        var secondStore = Settings with { ShortLinkPrefix = "share" };
        SetTwoStores(secondStore);
        _services.Setup(s => s.GetService(typeof(IAttributionRequestHandler))).Returns(_handler.Object);
        _handler.Setup(h => h.HandleAsync(It.IsAny<HttpContext>(), It.IsAny<AttributionRequest>(), It.IsAny<AttributionRequestSettings>())).ReturnsAsync(true);

        CurrentStore(1);
        await _middleware.InvokeAsync(Context("/share/summer"));
        CurrentStore(2);
        await _middleware.InvokeAsync(Context("/share/summer"));

        _handler.Verify(h => h.HandleAsync(It.IsAny<HttpContext>(), It.Is<AttributionRequest>(r => r.ShortLinkSlug == "summer"), secondStore), Times.Once);
        _handler.VerifyNoOtherCalls();
    }

    [Test]
    public async Task InvokeAsync_StoreDisabled_CookieIgnoredThere()
    {
        SetTwoStores(Settings with { Enabled = false });
        _services.Setup(s => s.GetService(typeof(IAttributionRequestHandler))).Returns(_handler.Object);
        CurrentStore(2);

        await _middleware.InvokeAsync(Context("/?ref=alice", cookie: AttributionCookie.Name + "=x"));

        Assert.That(_nextRan, Is.True);
        _handler.VerifyNoOtherCalls();
    }
}
