using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nop.Core;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Attribution;
using Nop.Services.Configuration;
using Nop.Services.Stores;

namespace Nop.Plugin.Affiliates.Tracking.Infrastructure;

/// <summary>
/// Sees every storefront request after authentication and before the endpoints. A request without a share link,
/// link parameter or attribution cookie passes straight on: no allocation, no service resolved, no customer created.
/// It is recognised with every store's parameter names and prefixes at once; only the rest finds out its store, is
/// checked again with that store's settings and goes to <see cref="IAttributionRequestHandler"/>.
/// </summary>
public class AffiliateAttributionMiddleware
{
    private readonly ILogger<AffiliateAttributionMiddleware> _logger;
    private readonly RequestDelegate _next;
    private readonly AttributionSettingsSnapshot _settingsSnapshot;

    // Scoped services are resolved inside the slow path only (not as InvokeAsync parameters), which keeps the common path free.
    public AffiliateAttributionMiddleware(RequestDelegate next, AttributionSettingsSnapshot settingsSnapshot, ILogger<AffiliateAttributionMiddleware> logger)
    {
        _next = next;
        _settingsSnapshot = settingsSnapshot;
        _logger = logger;
    }

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
            return _next(context);

        if (!_settingsSnapshot.TryGetCurrent(out var settings))
            return LoadSettingsAndInvokeAsync(context);

        return Classify(request, settings) is { } attributionRequest
            ? HandleAsync(context, attributionRequest, settings)
            : _next(context);
    }

    private static AttributionRequest Classify(HttpRequest request, AttributionStoreSettings settings) =>
        settings.AnyEnabled
            ? Classify(request, settings.ReferralParameterNames, settings.ShortLinkPrefixes, settings.AnyTracksCoreAffiliateLinks)
            : null;

    private static AttributionRequest Classify(HttpRequest request, AttributionRequestSettings settings) =>
        settings.Enabled
            ? Classify(request, new[] { settings.ReferralParameterName }, new[] { settings.ShortLinkPrefix }, settings.TrackCoreAffiliateLinks)
            : null;

    private static AttributionRequest Classify(HttpRequest request, string[] referralParameterNames, string[] shortLinkPrefixes, bool trackCoreAffiliateLinks)
    {
        var path = request.Path.Value.AsSpan();
        if (path.StartsWith(AffiliateTrackingDefaults.ScheduleTaskPath, StringComparison.OrdinalIgnoreCase)
            || RequestTextScanner.TryMatchPrefix(path, AffiliateTrackingDefaults.AdminPathPrefix, out _)
            || path.Equals("/" + AffiliateTrackingDefaults.AdminPathPrefix, StringComparison.OrdinalIgnoreCase))
            return null;

        var isShortLink = false;
        var slug = ReadOnlySpan<char>.Empty;
        for (var i = 0; i < shortLinkPrefixes.Length && !isShortLink; i++)
            isShortLink = RequestTextScanner.TryMatchPrefix(path, shortLinkPrefixes[i], out slug);

        var query = request.QueryString.Value.AsSpan();
        var hasParameter = false;
        if (!query.IsEmpty)
        {
            for (var i = 0; i < referralParameterNames.Length && !hasParameter; i++)
                hasParameter = RequestTextScanner.HasQueryParameter(query, referralParameterNames[i]);
            hasParameter = hasParameter
                || (trackCoreAffiliateLinks
                    && (RequestTextScanner.HasQueryParameter(query, AffiliateTrackingDefaults.CoreAffiliateIdQueryParameter)
                        || RequestTextScanner.HasQueryParameter(query, AffiliateTrackingDefaults.CoreAffiliateQueryParameter)));
        }
        var hasCookie = HasAttributionCookie(request);

        if (!isShortLink && !hasParameter && !hasCookie)
            return null;

        return new AttributionRequest(isShortLink ? slug.ToString() : null, hasParameter, hasCookie);
    }

    private static bool HasAttributionCookie(HttpRequest request)
    {
        foreach (var header in request.Headers.Cookie)
        {
            if (RequestTextScanner.HasCookie(header, AttributionCookie.Name))
                return true;
        }

        return false;
    }

    private async Task LoadSettingsAndInvokeAsync(HttpContext context)
    {
        try
        {
            _settingsSnapshot.Set(await AttributionStoreSettings.LoadAsync(context.RequestServices.GetRequiredService<ISettingService>(),
                context.RequestServices.GetRequiredService<IStoreService>()));
        }
        catch (Exception exception)
        {
            // Plugin not installed yet (no settings, no tables) or the database is away: serve the store without attribution.
            _logger.LogWarning(exception, "Affiliate tracking: settings could not be loaded; the request is not attributed.");
            await _next(context);
            return;
        }

        await InvokeAsync(context);
    }

    private async Task HandleAsync(HttpContext context, AttributionRequest attributionRequest, AttributionStoreSettings storeSettings)
    {
        var handled = false;
        try
        {
            var settings = storeSettings.Shared;
            if (storeSettings.DiffersByStore)
            {
                // A link of some store, or the cookie: now it is worth asking which store this is (the host decides, no customer).
                var store = await context.RequestServices.GetRequiredService<IStoreContext>().GetCurrentStoreAsync();
                settings = storeSettings.ForStore(store.Id);
                attributionRequest = Classify(context.Request, settings);
            }

            if (attributionRequest is not null)
            {
                var handler = context.RequestServices.GetRequiredService<IAttributionRequestHandler>();
                handled = await handler.HandleAsync(context, attributionRequest, settings);
            }
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            // Attribution must never cost the shopper the page they asked for.
            _logger.LogError(exception, "Affiliate tracking: attributing {Path} failed; the request continues unattributed.", context.Request.Path.Value);
            handled = false;
        }

        if (!handled)
            await _next(context);
    }
}
