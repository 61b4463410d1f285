using System.Net;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Nop.Plugin.Affiliates.Tracking.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Services.Attribution;

namespace Nop.Plugin.Affiliates.Tracking.Benchmarks;

/// <summary>
/// What a share-link click costs inside its request, apart from writing it to the database: the handler's whole work for
/// a new visitor's /go/{slug} (link from the cache, click capture, protected cookie, 302), next to the one Data
/// Protection call the cookie needs and to building the request alone. The wrk benchmark puts these in relation to
/// a plain 302.
/// </summary>
[MemoryDiagnoser]
public class ShareLinkClickBenchmarks
{
    private const string Slug = "bench-link";
    private const string BrowserUserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

    private readonly AttributionRequest _request = new(Slug, HasLinkParameter: false, HasCookie: false);
    private readonly AttributionRequestSettings _settings = new(Enabled: true, "ref", "go", TrackCoreAffiliateLinks: true, IpHashSalt: "bench-salt");

    private AttributionBuffer _buffer;
    private AttributionRequestHandler _handler;
    private IDataProtector _protector;
    private string _ticketText;

    [GlobalSetup]
    public void Setup()
    {
        // In-memory keys with Data Protection's default algorithms (AES-256-CBC, HMACSHA256), as a store uses by default.
        var dataProtection = new EphemeralDataProtectionProvider();
        var clock = new FrozenTimeProvider();
        var cache = new AttributionLookupCache(clock);
        cache.SetLink(AttributionLookupCache.LinkKey(Slug), new CachedLink(LinkId: 1, AffiliateId: 1, DestinationUrl: "/"));

        _buffer = new AttributionBuffer();
        _handler = new AttributionRequestHandler(_buffer, new AttributionCookie(dataProtection), cache, clock);
        _protector = dataProtection.CreateProtector(AttributionCookie.Purpose);
        _ticketText = new Rules.AttributionTicket(Guid.NewGuid(), 1, 1, DateTime.UtcNow, 0).Serialize();
    }

    private static DefaultHttpContext NewVisitorRequest()
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = "/go/" + Slug;
        context.Request.Headers.UserAgent = BrowserUserAgent;
        context.Connection.RemoteIpAddress = IPAddress.Loopback;
        return context;
    }

    // The clock stands still for the cache (the link stays cached) but not for the clicks' dates.
    private sealed class FrozenTimeProvider : TimeProvider
    {
        public override long GetTimestamp() => 0;
    }

    [Benchmark]
    public HttpContext NewRequestOnly() => NewVisitorRequest();

    [Benchmark(Baseline = true)]
    public string DataProtectionProtectOnly() => _protector.Protect(_ticketText);

    [Benchmark]
    public string IpHashOnly() => Rules.IpAddressHasher.Hash("127.0.0.1", "bench-salt");

    [Benchmark]
    public Rules.UserAgentKind UserAgentOnly() => Rules.UserAgentClassifier.Classify(BrowserUserAgent);

    [Benchmark]
    public Guid NewGuidOnly() => Guid.NewGuid();

    [Benchmark]
    public async Task<bool> ShareLinkClick()
    {
        var handled = await _handler.HandleAsync(NewVisitorRequest(), _request, _settings);

        // The captures are what the background writer takes; here they are discarded before the buffer fills.
        if (_buffer.Count >= AttributionBuffer.MaxBatchSize)
            await _buffer.FlushAsync(_ => Task.CompletedTask);
        return handled;
    }
}
