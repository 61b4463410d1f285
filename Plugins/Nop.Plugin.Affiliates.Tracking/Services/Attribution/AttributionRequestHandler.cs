using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Nop.Core;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Services.Customers;

namespace Nop.Plugin.Affiliates.Tracking.Services.Attribution;

public class AttributionRequestHandler : IAttributionRequestHandler
{
    private const string HomePath = "/";

    private readonly AttributionBuffer _buffer;
    private readonly AttributionCookie _cookie;
    private readonly IAttributionLookupService _lookupService;
    // Lazy: a short-link redirect by an anonymous visitor needs none of these, and resolving their dependency graphs
    // on every click would cost more than the redirect itself.
    private readonly Lazy<ICustomerService> _customerService;
    private readonly Lazy<IStoreContext> _storeContext;
    private readonly Lazy<IWebHelper> _webHelper;
    private readonly Lazy<IWorkContext> _workContext;
    private readonly TimeProvider _timeProvider;

    public AttributionRequestHandler(AttributionBuffer buffer,
        AttributionCookie cookie,
        IAttributionLookupService lookupService,
        Lazy<ICustomerService> customerService,
        Lazy<IStoreContext> storeContext,
        Lazy<IWebHelper> webHelper,
        Lazy<IWorkContext> workContext,
        TimeProvider timeProvider)
    {
        _buffer = buffer;
        _cookie = cookie;
        _lookupService = lookupService;
        _customerService = customerService;
        _storeContext = storeContext;
        _webHelper = webHelper;
        _workContext = workContext;
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

        var affiliateId = request.HasLinkParameter ? await ResolveQueryAffiliateAsync(context.Request.Query, requestSettings) : 0;
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
        var link = await _lookupService.GetLinkAsync(slug);
        var destination = HomePath;
        if (link is not null)
        {
            // The allowlist may have changed since the link was saved: check again at every redirect. The store's own host
            // counts both as configured (Store.Url, what the link was saved against) and as requested (www or not, proxies).
            var allowedHosts = new List<string>(requestSettings.AllowedExternalHosts ?? Array.Empty<string>());
            if (!link.DestinationUrl.StartsWith('/'))
            {
                var store = await _storeContext.Value.GetCurrentStoreAsync();
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

    private async Task<int> ResolveQueryAffiliateAsync(IQueryCollection query, AttributionRequestSettings requestSettings)
    {
        var affiliateId = await _lookupService.ResolveAffiliateCodeAsync(query[requestSettings.ReferralParameterName].FirstOrDefault());
        if (affiliateId > 0 || !requestSettings.TrackCoreAffiliateLinks)
            return affiliateId;

        // The same precedence as nopCommerce's own CheckAffiliate filter: the id first, then the friendly name.
        if (int.TryParse(query[AffiliateTrackingDefaults.CoreAffiliateIdQueryParameter].FirstOrDefault(), out var id) && id > 0)
            return await _lookupService.ResolveAffiliateIdAsync(id);

        var friendlyName = query[AffiliateTrackingDefaults.CoreAffiliateQueryParameter].FirstOrDefault();
        return int.TryParse(friendlyName, out _) ? 0 : await _lookupService.ResolveAffiliateCodeAsync(friendlyName);
    }

    private async Task RecordClickAsync(HttpContext context, int affiliateId, int linkId, string landingUrl,
        AttributionTicket ticket, AttributionRequestSettings requestSettings, DateTime now, bool isPageRequest)
    {
        var window = requestSettings.Window;
        var request = context.Request;
        var userAgent = request.Headers.UserAgent.ToString();
        if (UserAgentClassifier.IsBot(userAgent))
            return;

        // Only a page view resolves the current customer (nopCommerce does so for the page anyway); a redirect does
        // not, so /go/ links create no guest records. Signed-in visitors are resolved to leave administrators uncounted.
        var customerId = ticket?.CustomerId ?? 0;
        if (isPageRequest || context.User?.Identity?.IsAuthenticated == true)
        {
            var customer = await _workContext.Value.GetCurrentCustomerAsync();
            if (customer.IsSystemAccount || await _customerService.Value.IsAdminAsync(customer))
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
            IpHash = string.IsNullOrEmpty(requestSettings.IpHashSalt) ? null : IpAddressHasher.Hash(_webHelper.Value.GetCurrentIpAddress(), requestSettings.IpHashSalt),
            UserAgentKind = UserAgentClassifier.Classify(userAgent),
            CreatedOnUtc = now
        };

        _buffer.TryAdd(new AttributionCapture(CaptureKind.Click, newTicket, click));
        _cookie.Write(context.Response, newTicket, window.EndsOnUtc(newTicket.ClickedOnUtc));
    }

    // A visitor who got a new guest record, or signed in, is a new customer id: move the attribution to them once.
    private async Task LinkCustomerAsync(HttpContext context, AttributionTicket ticket, AttributionWindow window)
    {
        var customer = await _workContext.Value.GetCurrentCustomerAsync();
        if (customer is null || customer.IsSystemAccount || customer.Id == ticket.CustomerId || await _customerService.Value.IsAdminAsync(customer))
            return;

        var linked = ticket with { CustomerId = customer.Id };
        _buffer.TryAdd(new AttributionCapture(CaptureKind.LinkCustomer, linked));
        _cookie.Write(context.Response, linked, window.EndsOnUtc(linked.ClickedOnUtc));
    }

    private static string ReferrerHost(HttpRequest request) =>
        Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var referrer) ? referrer.IdnHost : null;

    private static string Truncate(string value, int maxLength) =>
        string.IsNullOrEmpty(value) ? null : value.Length <= maxLength ? value : value[..maxLength];
}
