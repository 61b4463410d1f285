using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Attribution;
using Nop.Services.Configuration;

namespace Nop.Plugin.Affiliates.Tracking.Infrastructure;

/// <summary>
/// Sees every storefront request after authentication and before the endpoints. A request without a share link,
/// link parameter or attribution cookie passes straight on: no allocation, no service resolved, no customer created.
/// The rest goes to <see cref="IAttributionRequestHandler"/>.
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

    private static AttributionRequest Classify(HttpRequest request, AttributionRequestSettings settings)
    {
        if (!settings.Enabled)
            return null;

        var path = request.Path.Value.AsSpan();
        if (path.StartsWith(AffiliateTrackingDefaults.ScheduleTaskPath, StringComparison.OrdinalIgnoreCase)
            || RequestTextScanner.TryMatchPrefix(path, AffiliateTrackingDefaults.AdminPathPrefix, out _)
            || path.Equals("/" + AffiliateTrackingDefaults.AdminPathPrefix, StringComparison.OrdinalIgnoreCase))
            return null;

        var isShortLink = RequestTextScanner.TryMatchPrefix(path, settings.ShortLinkPrefix, out var slug);
        var query = request.QueryString.Value.AsSpan();
        var hasParameter = !query.IsEmpty
            && (RequestTextScanner.HasQueryParameter(query, settings.ReferralParameterName)
                || (settings.TrackCoreAffiliateLinks
                    && (RequestTextScanner.HasQueryParameter(query, AffiliateTrackingDefaults.CoreAffiliateIdQueryParameter)
                        || RequestTextScanner.HasQueryParameter(query, AffiliateTrackingDefaults.CoreAffiliateQueryParameter))));
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
            var settingService = context.RequestServices.GetRequiredService<ISettingService>();
            _settingsSnapshot.Set(AttributionRequestSettings.From(await settingService.LoadSettingAsync<AffiliateTrackingSettings>()));
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

    private async Task HandleAsync(HttpContext context, AttributionRequest attributionRequest, AttributionRequestSettings settings)
    {
        var handled = false;
        try
        {
            var handler = context.RequestServices.GetRequiredService<IAttributionRequestHandler>();
            handled = await handler.HandleAsync(context, attributionRequest, settings);
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
