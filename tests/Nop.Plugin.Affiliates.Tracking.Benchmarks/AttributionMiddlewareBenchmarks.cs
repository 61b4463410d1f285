using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Nop.Plugin.Affiliates.Tracking.Infrastructure;

namespace Nop.Plugin.Affiliates.Tracking.Benchmarks;

/// <summary>
/// The cost the attribution middleware adds to an ordinary storefront request (no link parameter, no attribution cookie),
/// next to calling the rest of the pipeline directly. The goal is no allocation at all.
/// </summary>
[MemoryDiagnoser]
public class AttributionMiddlewareBenchmarks
{
    private static readonly RequestDelegate Next = _ => Task.CompletedTask;

    private AffiliateAttributionMiddleware _middleware;
    private AffiliateAttributionMiddleware _twoStoresMiddleware;
    private DefaultHttpContext _plainRequest;
    private DefaultHttpContext _queryRequest;

    [GlobalSetup]
    public void Setup()
    {
        // A clock that stands still keeps the settings copy fresh for the whole run; in a store it is reloaded once a minute.
        var snapshot = new AttributionSettingsSnapshot(new FrozenTimeProvider());
        snapshot.Set(new AttributionRequestSettings(Enabled: true, "ref", "go", TrackCoreAffiliateLinks: true));
        _middleware = new AffiliateAttributionMiddleware(Next, snapshot, NullLogger<AffiliateAttributionMiddleware>.Instance);

        // Two stores with their own parameter names and prefixes: the fast path checks both and still resolves no store.
        var shared = new AttributionRequestSettings(Enabled: true, "ref", "go", TrackCoreAffiliateLinks: true);
        var twoStores = new AttributionSettingsSnapshot(new FrozenTimeProvider());
        twoStores.Set(new AttributionStoreSettings(shared, new Dictionary<int, AttributionRequestSettings> { [2] = shared with { ReferralParameterName = "partner", ShortLinkPrefix = "share" } }));
        _twoStoresMiddleware = new AffiliateAttributionMiddleware(Next, twoStores, NullLogger<AffiliateAttributionMiddleware>.Instance);

        _plainRequest = Request("/apple-iphone-16", QueryString.Empty);
        _queryRequest = Request("/category/shoes", new QueryString("?color=red&size=42&orderby=5&pagenumber=2"));
    }

    private static DefaultHttpContext Request(string path, QueryString query)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = path;
        context.Request.QueryString = query;
        context.Request.Headers.Cookie = ".Nop.Customer=6a1f6b0e-5d3c-4c1e-9a55-0d6c9f2b7e11; .Nop.Antiforgery=CfDJ8Kx; .Nop.Culture=c%3Den-US";
        context.Request.Headers.UserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
        return context;
    }

    private sealed class FrozenTimeProvider : TimeProvider
    {
        public override long GetTimestamp() => 0;
    }

    [Benchmark(Baseline = true)]
    public Task NextOnly() => Next(_plainRequest);

    [Benchmark]
    public Task PlainPage() => _middleware.InvokeAsync(_plainRequest);

    [Benchmark]
    public Task PageWithOtherQueryParameters() => _middleware.InvokeAsync(_queryRequest);

    [Benchmark]
    public Task PlainPageTwoStores() => _twoStoresMiddleware.InvokeAsync(_plainRequest);

    [Benchmark]
    public Task PageWithOtherQueryParametersTwoStores() => _twoStoresMiddleware.InvokeAsync(_queryRequest);
}
