using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Affiliates;
using Nop.Core.Domain.Catalog;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Sandbox;
using Nop.Plugin.Affiliates.Tracking.Services.Attribution;
using Nop.Plugin.Affiliates.Tracking.Services.Links;
using Nop.Services.Configuration;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

/// <summary>
/// What the share-link tests (HTTP and browser) do to a running sandbox from the inside: create links through the
/// plugin's service or straight into the table, change the plugin's settings, read click and attribution rows once
/// the buffered writer has written them, and read the attribution cookie the way the plugin does.
/// </summary>
public sealed class ShareLinkTestSupport
{
    /// <summary>
    /// A desktop Chrome on Linux. Headless Chromium announces itself as "HeadlessChrome", which the plugin counts as a bot.
    /// </summary>
    public const string BrowserUserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36";

    /// <summary>
    /// The buffered writer gathers for 0.2 s; this bounds every wait for its rows.
    /// </summary>
    public static readonly TimeSpan BufferWait = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly SandboxHost _host;

    public ShareLinkTestSupport(SandboxHost host)
    {
        _host = host;
    }

    public static string CookieName => AttributionCookie.Name;

    /// <summary>
    /// A slug no other test uses: the stem plus eight hex digits.
    /// </summary>
    public static string NewSlug(string stem) => $"{stem}-{Guid.NewGuid():N}"[..(stem.Length + 9)];

    public static void UseBrowserUserAgent(HttpClient client) =>
        Assert.That(client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", BrowserUserAgent), Is.True);

    /// <summary>
    /// The Set-Cookie header a response sends for <paramref name="name"/>, or null.
    /// </summary>
    public static string SetCookieHeader(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.FirstOrDefault(value => value.StartsWith(name + "=", StringComparison.Ordinal))
            : null;

    public static IReadOnlyList<string> SetCookieHeaders(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];

    /// <summary>
    /// The expires attribute of a Set-Cookie header (ASP.NET Core writes it in RFC 1123 form), or null.
    /// </summary>
    public static DateTimeOffset? ExpiresOf(string setCookieHeader)
    {
        var attribute = setCookieHeader?.Split(';').Select(part => part.Trim())
            .FirstOrDefault(part => part.StartsWith("expires=", StringComparison.OrdinalIgnoreCase));

        return attribute is null ? null : DateTimeOffset.ParseExact(attribute["expires=".Length..], "r", CultureInfo.InvariantCulture);
    }

    public Task<int> GetAffiliateIdAsync(string friendlyUrlName) =>
        _host.InScopeAsync(async services =>
            (await services.GetRequiredService<IRepository<Affiliate>>().GetAllAsync(query => query.Where(affiliate => affiliate.FriendlyUrlName == friendlyUrlName))).Single().Id);

    public Task<int> GetProductIdAsync(string name) =>
        _host.InScopeAsync(async services =>
            (await services.GetRequiredService<IRepository<Product>>().GetAllAsync(query => query.Where(product => product.Name == name))).Single().Id);

    public Task<LinkSaveResult> TryCreateLinkAsync(int affiliateId, string slug, string destination) =>
        _host.InScopeAsync(services => services.GetRequiredService<IAffiliateLinkService>().CreateLinkAsync(affiliateId, slug, destination));

    /// <summary>
    /// Creates a link through <see cref="IAffiliateLinkService"/>, as the admin or the affiliate would.
    /// </summary>
    public async Task<AffiliateLink> CreateLinkAsync(int affiliateId, string slug, string destination)
    {
        var result = await TryCreateLinkAsync(affiliateId, slug, destination);
        Assert.That(result.Error, Is.EqualTo(LinkError.None), $"creating /go/{slug} → {destination}");

        return result.Link;
    }

    public Task<LinkSaveResult> SetLinkActiveAsync(int linkId, bool active) =>
        _host.InScopeAsync(services => services.GetRequiredService<IAffiliateLinkService>().SetLinkActiveAsync(linkId, active));

    /// <summary>
    /// Writes a link row without the service's checks, like an import, an old plugin version or a hand-edited database.
    /// </summary>
    public Task<AffiliateLink> InsertLinkRowAsync(int affiliateId, string slug, string destination) =>
        _host.InScopeAsync(async services =>
        {
            var link = new AffiliateLink { AffiliateId = affiliateId, Slug = slug, DestinationUrl = destination, Active = true, CreatedOnUtc = _host.Clock.UtcNow };
            await services.GetRequiredService<IRepository<AffiliateLink>>().InsertAsync(link);
            return link;
        });

    /// <summary>
    /// The settings for all stores (store 0), as the configuration page saves them.
    /// </summary>
    public Task<AffiliateTrackingSettings> LoadSettingsAsync() =>
        _host.InScopeAsync(services => services.GetRequiredService<ISettingService>().LoadSettingAsync<AffiliateTrackingSettings>());

    /// <summary>
    /// Saves through <see cref="ISettingService"/>, whose entity events clear the middleware's cached copy.
    /// </summary>
    public Task SaveSettingsAsync(AffiliateTrackingSettings settings) =>
        _host.InScopeAsync(async services =>
        {
            await services.GetRequiredService<ISettingService>().SaveSettingAsync(settings);
            return true;
        });

    public async Task UpdateSettingsAsync(Action<AffiliateTrackingSettings> change)
    {
        var settings = await LoadSettingsAsync();
        change(settings);
        await SaveSettingsAsync(settings);
    }

    public Task<IList<AffiliateClick>> GetClicksAsync(int linkId) =>
        _host.InScopeAsync(services =>
            services.GetRequiredService<IRepository<AffiliateClick>>().GetAllAsync(query => query.Where(click => click.LinkId == linkId).OrderBy(click => click.Id)));

    /// <summary>
    /// How many click and attribution rows there are, to show that a request wrote neither.
    /// </summary>
    public Task<(int Clicks, int Attributions)> CountRowsAsync() =>
        _host.InScopeAsync(async services => (
            await services.GetRequiredService<IRepository<AffiliateClick>>().Table.CountAsync(),
            await services.GetRequiredService<IRepository<AffiliateAttribution>>().Table.CountAsync()));

    /// <summary>
    /// The link's click rows once there are at least <paramref name="count"/>, or what there is after <see cref="BufferWait"/>.
    /// </summary>
    public async Task<IList<AffiliateClick>> WaitForClicksAsync(int linkId, int count)
    {
        IList<AffiliateClick> clicks = [];
        await WaitUntilAsync(async () => (clicks = await GetClicksAsync(linkId)).Count >= count);
        return clicks;
    }

    /// <summary>
    /// The visitor's attribution row once <paramref name="condition"/> holds for it, or what there is after <see cref="BufferWait"/>.
    /// </summary>
    public async Task<AffiliateAttribution> WaitForAttributionAsync(Guid visitorId, Func<AffiliateAttribution, bool> condition)
    {
        AffiliateAttribution attribution = null;
        await WaitUntilAsync(async () =>
        {
            attribution = await _host.InScopeAsync(async services =>
                (await services.GetRequiredService<IRepository<AffiliateAttribution>>().GetAllAsync(query => query.Where(row => row.VisitorId == visitorId))).SingleOrDefault());
            return attribution is not null && condition(attribution);
        });

        return attribution;
    }

    /// <summary>
    /// Writes what the buffer still holds (waiting for a batch the background writer is writing), so a test can
    /// assert that a request wrote nothing.
    /// </summary>
    public Task FlushBufferAsync() =>
        _host.InScopeAsync(async services =>
        {
            await services.GetRequiredService<IAttributionRecordingService>().FlushBufferAsync();
            return true;
        });

    /// <summary>
    /// Keeps the buffered writer from writing, as a busy database would, until the returned release runs: a flush
    /// started here holds the buffer's write gate, so the background writer and every other flush wait behind it.
    /// The release writes what was held and what queued up meanwhile, in order. Always call it (try/finally).
    /// </summary>
    public async Task<Func<Task>> HoldBufferedWritesAsync()
    {
        var buffer = _host.Services.GetRequiredService<AttributionBuffer>();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var deadline = DateTime.UtcNow + BufferWait;
        while (DateTime.UtcNow < deadline)
        {
            var holding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            // An expiry without a customer writes nothing; it only gives the flush a batch to hold on to.
            buffer.TryAdd(new AttributionCapture(CaptureKind.Expire, new AttributionTicket(Guid.NewGuid(), 1, 0, _host.Clock.UtcNow)));
            var flush = buffer.FlushAsync(async batch =>
            {
                holding.TrySetResult();
                await release.Task;
                await _host.InScopeAsync(async services =>
                {
                    await services.GetRequiredService<IAttributionRecordingService>().SaveAsync(batch);
                    return true;
                });
            });

            if (await Task.WhenAny(holding.Task, flush) == holding.Task)
            {
                return async () =>
                {
                    release.TrySetResult();
                    await flush;
                };
            }

            // The background writer took the capture first; try again.
            await flush;
        }

        Assert.Fail("The attribution buffer's writer could not be held.");
        return null;
    }

    /// <summary>
    /// Decrypts an attribution cookie value with the store's key ring; null when it is not one.
    /// </summary>
    public AttributionTicket ReadTicket(string cookieValue)
    {
        try
        {
            return AttributionTicket.Parse(Protector.Unprotect(cookieValue));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    public IDataProtector Protector =>
        _host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(AttributionCookie.Purpose);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + BufferWait;
        while (!await condition() && DateTime.UtcNow < deadline)
            await Task.Delay(PollInterval);
    }
}
