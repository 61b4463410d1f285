using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;
using System.Net;
using Nop.Plugin.Affiliates.Tracking.Services.Links;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

/// <summary>
/// Where a share link may send a shopper: no open redirect, neither when a link is created through the service nor
/// when a row with such a destination reaches the table some other way; allowlisted external hosts only while allowed.
/// </summary>
[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class ShareLinkDestinationSandboxTests : SandboxFixture
{
    private const string PartnerHost = "partner.example";

    private static readonly TestCaseData[] _openRedirects =
    [
        new("//evil.example", LinkError.DestinationMalformed),
        new("/\\evil.example", LinkError.DestinationMalformed),
        new("https:evil.example", LinkError.DestinationSchemeNotAllowed),
        new("/%2F%2Fevil.example", LinkError.DestinationMalformed),
        new("HTTPS://EVIL.EXAMPLE", LinkError.DestinationHostNotAllowed),
        new("https://store@evil.example", LinkError.DestinationUserInfo),
        new("javascript:alert(1)", LinkError.DestinationSchemeNotAllowed),
        new("https://evil.example", LinkError.DestinationHostNotAllowed)
    ];

    private ShareLinkTestSupport _support;
    private int _alice;

    public ShareLinkDestinationSandboxTests(DatabaseEngine engine) : base(engine)
    {
    }

    protected override async Task OnSandboxStartedAsync()
    {
        _support = new ShareLinkTestSupport(Server.Host);
        _alice = await _support.GetAffiliateIdAsync("alice");
    }

    [TestCaseSource(nameof(_openRedirects))]
    public async Task CreateLink_OpenRedirectDestination_IsRefusedWithMatchingError(string destination, LinkError expected)
    {
        var slug = ShareLinkTestSupport.NewSlug("evil");

        var result = await _support.TryCreateLinkAsync(_alice, slug, destination);
        var response = await GetWithNewVisitorAsync($"go/{slug}");

        Assert.That(result.Error, Is.EqualTo(expected));
        Assert.That(result.Link, Is.Null);
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/"), "nothing was stored under the slug");
    }

    [TestCaseSource(nameof(_openRedirects))]
    public async Task GoLink_OpenRedirectDestinationStoredDirectly_RedirectsHomeAndCreditsNobody(string destination, LinkError _)
    {
        var link = await _support.InsertLinkRowAsync(_alice, ShareLinkTestSupport.NewSlug("evil"), destination);

        var response = await GetWithNewVisitorAsync($"go/{link.Slug}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/"), "the destination is checked again at every redirect");
        Assert.That(ShareLinkTestSupport.SetCookieHeader(response, ShareLinkTestSupport.CookieName), Is.Null);
    }

    [Test]
    public async Task GoLink_AllowlistedExternalHost_IsFollowedOnlyWhileAllowed()
    {
        const string destination = "https://" + PartnerHost + "/landing?campaign=summer";
        var original = await _support.LoadSettingsAsync();
        try
        {
            var refused = await _support.TryCreateLinkAsync(_alice, ShareLinkTestSupport.NewSlug("partner"), destination);
            await _support.UpdateSettingsAsync(settings => settings.AllowedExternalHosts = [PartnerHost]);
            var link = await _support.CreateLinkAsync(_alice, ShareLinkTestSupport.NewSlug("partner"), destination);
            var allowed = await GetWithNewVisitorAsync($"go/{link.Slug}");
            await _support.UpdateSettingsAsync(settings => settings.AllowedExternalHosts = []);
            var noLongerAllowed = await GetWithNewVisitorAsync($"go/{link.Slug}");

            Assert.That(refused.Error, Is.EqualTo(LinkError.DestinationHostNotAllowed), "not allowlisted yet");
            Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(allowed.Headers.Location?.OriginalString, Is.EqualTo(destination));
            Assert.That(ShareLinkTestSupport.SetCookieHeader(allowed, ShareLinkTestSupport.CookieName), Is.Not.Null, "the click is credited");
            Assert.That(noLongerAllowed.Headers.Location?.OriginalString, Is.EqualTo("/"), "a host removed from the allowlist is no longer followed");
            Assert.That(ShareLinkTestSupport.SetCookieHeader(noLongerAllowed, ShareLinkTestSupport.CookieName), Is.Null);
        }
        finally
        {
            await _support.SaveSettingsAsync(original);
        }
    }

    private async Task<HttpResponseMessage> GetWithNewVisitorAsync(string url)
    {
        using var client = Server.CreateClient(new CookieContainer());
        ShareLinkTestSupport.UseBrowserUserAgent(client);
        return await client.GetAsync(url);
    }
}
