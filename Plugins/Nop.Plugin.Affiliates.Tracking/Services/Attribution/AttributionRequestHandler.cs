using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Services.Customers;

namespace Nop.Plugin.Affiliates.Tracking.Services.Attribution;

/// <summary>
/// A singleton, so the middleware reaches it without building a service graph per request. The scoped nopCommerce
/// services it sometimes needs (customer, store, a link missing from the cache) are taken from the request's own
/// services at the moment they are needed: an anonymous visitor's share-link click resolves none of them.
/// </summary>
public class AttributionRequestHandler : IAttributionRequestHandler
{
    private const string HomePath = "/";

    private readonly AttributionBuffer _buffer;
    private readonly AttributionCookie _cookie;
    private readonly AttributionLookupCache _lookupCache;
    private readonly TimeProvider _timeProvider;

    public AttributionRequestHandler(AttributionBuffer buffer, AttributionCookie cookie, AttributionLookupCache lookupCache, TimeProvider timeProvider)
    {
        _buffer = buffer;
        _cookie = cookie;
        _lookupCache = lookupCache;
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    public async Task<bool> HandleAsync(HttpContext context, AttributionRequest request, AttributionRequestSettings requestSettings)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var window = requestSettings.Window;

        var ticket = request.HasCookie ? ReadValidTicket(context, window, now) : null;

        if (request.ShortLinkSlug is not null)
        {
            await HandleShortLinkAsync(context, request.ShortLinkSlug, ticket, requestSettings, now);
            return true;
        }

        var affiliateId = request.HasLinkParameter ? await ResolveQueryAffiliateAsync(context, requestSettings) : 0;
        if (affiliateId > 0)
            await RecordClickAsync(context, affiliateId, linkId: 0, context.Request.GetEncodedPathAndQuery(), ticket, requestSettings, now, isPageRequest: true);
        else if (ticket is not null)
            await LinkCustomerAsync(context, ticket, window);

        return false;
    }

    private AttributionTicket ReadValidTicket(HttpContext context, AttributionWindow window, DateTime now)
    {
        var ticket = _cookie.Read(context.Request, out var present);
        if (ticket is not null && window.Contains(ticket.ClickedOnUtc, now))
            return ticket;

        if (ticket is not null)
            _buffer.TryAdd(new AttributionCapture(CaptureKind.Expire, ticket));
        if (present)
            _cookie.Delete(context.Response);

        return null;
    }

    private async Task HandleShortLinkAsync(HttpContext context, string slug, AttributionTicket ticket, AttributionRequestSettings requestSettings, DateTime now)
    {
        var link = await GetLinkAsync(context, slug);
        var destination = HomePath;
        if (link is not null)
        {
            // The allowlist may have changed since the link was saved: check again at every redirect. The store's own host
            // counts both as configured (Store.Url, what the link was saved against) and as requested (www or not, proxies).
            var allowedHosts = new List<string>(requestSettings.AllowedExternalHosts ?? Array.Empty<string>());
            if (!link.DestinationUrl.StartsWith('/'))
            {
                var store = await Scoped<IStoreContext>(context).GetCurrentStoreAsync();
                if (Uri.TryCreate(store?.Url, UriKind.Absolute, out var storeUrl))
                    allowedHosts.Add(storeUrl.IdnHost);
            }
            var check = ShareLinkDestinationRule.Check(link.DestinationUrl, context.Request.Host.Host, allowedHosts);
            if (check.IsValid)
            {
                destination = check.Url;
                await RecordClickAsync(context, link.AffiliateId, link.LinkId, destination, ticket, requestSettings, now, isPageRequest: false);
            }
        }

        context.Response.Redirect(destination);
    }

    // Most clicks hit the cache; only a miss resolves the lookup service and its database-backed dependencies.
    private async Task<CachedLink> GetLinkAsync(HttpContext context, string slug)
    {
        var key = AttributionLookupCache.LinkKey(slug);
        if (key is null)
            return null;

        return _lookupCache.TryGetLink(key, out var link) ? link : await Scoped<IAttributionLookupService>(context).GetLinkAsync(key);
    }

    private static async Task<int> ResolveQueryAffiliateAsync(HttpContext context, AttributionRequestSettings requestSettings)
    {
        var query = context.Request.Query;
        var lookupService = Scoped<IAttributionLookupService>(context);
        var affiliateId = await lookupService.ResolveAffiliateCodeAsync(query[requestSettings.ReferralParameterName].FirstOrDefault());
        if (affiliateId > 0 || !requestSettings.TrackCoreAffiliateLinks)
            return affiliateId;

        // The same precedence as nopCommerce's own CheckAffiliate filter: the id first, then the friendly name.
        if (int.TryParse(query[AffiliateTrackingDefaults.CoreAffiliateIdQueryParameter].FirstOrDefault(), out var id) && id > 0)
            return await lookupService.ResolveAffiliateIdAsync(id);

        var friendlyName = query[AffiliateTrackingDefaults.CoreAffiliateQueryParameter].FirstOrDefault();
        return int.TryParse(friendlyName, out _) ? 0 : await lookupService.ResolveAffiliateCodeAsync(friendlyName);
    }

    private async Task RecordClickAsync(HttpContext context, int affiliateId, int linkId, string landingUrl,
        AttributionTicket ticket, AttributionRequestSettings requestSettings, DateTime now, bool isPageRequest)
    {
        var window = requestSettings.Window;
        var request = context.Request;
        var userAgentKind = UserAgentClassifier.Classify(request.Headers.UserAgent.ToString());
        if (userAgentKind == UserAgentKind.Bot)
            return;

        // Only a page view resolves the current customer (nopCommerce does so for the page anyway); a redirect does
        // not, so /go/ links create no guest records. Signed-in visitors are resolved to leave administrators uncounted.
        var customerId = ticket?.CustomerId ?? 0;
        if (isPageRequest || context.User?.Identity?.IsAuthenticated == true)
        {
            var customer = await Scoped<IWorkContext>(context).GetCurrentCustomerAsync();
            if (customer.IsSystemAccount || await Scoped<ICustomerService>(context).IsAdminAsync(customer))
                return;
            customerId = customer.Id;
        }

        var decided = ClickAttributionRule.Apply(ticket?.ToAttribution(), new ClickAttribution(affiliateId, now, linkId), requestSettings.AttributionModel, window);
        var newTicket = new AttributionTicket(ticket?.VisitorId ?? Guid.NewGuid(), decided.AffiliateId, decided.LinkId, decided.ClickedOnUtc, customerId);

        var click = new AffiliateClick
        {
            AffiliateId = affiliateId,
            LinkId = linkId,
            VisitorId = newTicket.VisitorId,
            LandingUrl = Truncate(landingUrl, AffiliateTrackingDefaults.UrlMaxLength),
            ReferrerHost = Truncate(ReferrerHost(request), AffiliateTrackingDefaults.HostMaxLength),
            UtmSource = Truncate(request.Query["utm_source"].FirstOrDefault(), AffiliateTrackingDefaults.UtmValueMaxLength),
            UtmMedium = Truncate(request.Query["utm_medium"].FirstOrDefault(), AffiliateTrackingDefaults.UtmValueMaxLength),
            UtmCampaign = Truncate(request.Query["utm_campaign"].FirstOrDefault(), AffiliateTrackingDefaults.UtmValueMaxLength),
            IpHash = string.IsNullOrEmpty(requestSettings.IpHashSalt) ? null : IpAddressHasher.Hash(ClientAddress(context), requestSettings.IpHashSalt),
            UserAgentKind = userAgentKind,
            CreatedOnUtc = now
        };

        _buffer.TryAdd(new AttributionCapture(CaptureKind.Click, newTicket, click));
        _cookie.Write(context.Response, newTicket, window.EndsOnUtc(newTicket.ClickedOnUtc));
    }

    // A visitor who got a new guest record, or signed in, is a new customer id: move the attribution to them once.
    private async Task LinkCustomerAsync(HttpContext context, AttributionTicket ticket, AttributionWindow window)
    {
        var customer = await Scoped<IWorkContext>(context).GetCurrentCustomerAsync();
        if (customer is null || customer.IsSystemAccount || customer.Id == ticket.CustomerId || await Scoped<ICustomerService>(context).IsAdminAsync(customer))
            return;

        var linked = ticket with { CustomerId = customer.Id };
        _buffer.TryAdd(new AttributionCapture(CaptureKind.LinkCustomer, linked));
        _cookie.Write(context.Response, linked, window.EndsOnUtc(linked.ClickedOnUtc));
    }

    private static T Scoped<T>(HttpContext context) where T : notnull => context.RequestServices.GetRequiredService<T>();

    // What nopCommerce's WebHelper.GetCurrentIpAddress reports (forwarded headers are applied earlier in the pipeline),
    // read here directly because resolving the scoped helper cost more than the rest of a click.
    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress switch
    {
        null => string.Empty,
        var address when address.Equals(IPAddress.IPv6Loopback) => IPAddress.Loopback.ToString(),
        var address => address.ToString()
    };

    private static string ReferrerHost(HttpRequest request) =>
        Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var referrer) ? referrer.IdnHost : null;

    private static string Truncate(string value, int maxLength) =>
        string.IsNullOrEmpty(value) ? null : value.Length <= maxLength ? value : value[..maxLength];
}
