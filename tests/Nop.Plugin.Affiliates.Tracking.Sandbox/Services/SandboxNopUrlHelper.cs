using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nop.Core;
using Nop.Core.Domain.Seo;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Sandbox double of nopCommerce's NopUrlHelper: named routes through ASP.NET Core's LinkGenerator, so it also works
/// outside an MVC action (nopCommerce's needs an ActionContext). The sandbox has no slugs, so generic URLs are not supported.
/// </summary>
public class SandboxNopUrlHelper : INopUrlHelper
{
    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly LinkGenerator _linkGenerator;

    public SandboxNopUrlHelper(IHttpContextAccessor httpContextAccessor, LinkGenerator linkGenerator)
    {
        _httpContextAccessor = httpContextAccessor;
        _linkGenerator = linkGenerator;
    }

    public Task<string> RouteGenericUrlAsync<TEntity>(TEntity entity, string protocol = null, string host = null, string fragment = null,
        int? languageId = null, bool ensureTwoPublishedLanguages = true) where TEntity : BaseEntity, ISlugSupported =>
        throw new NotImplementedException("sandbox: no SEO slugs");

    public Task<string> RouteGenericUrlAsync<TEntity>(object values = null, string protocol = null, string host = null, string fragment = null)
        where TEntity : BaseEntity, ISlugSupported => throw new NotImplementedException("sandbox: no SEO slugs");

    public Task<string> RouteTopicUrlAsync(string systemName, string protocol = null, string host = null, string fragment = null) =>
        Task.FromResult(RouteUrl("Homepage", null, protocol, host, fragment));

    public string RouteUrl(string routeName, object values = null, string protocol = null, string host = null, string fragment = null)
    {
        var routeValues = new RouteValueDictionary(values);
        var httpContext = _httpContextAccessor.HttpContext;
        var fragmentString = string.IsNullOrEmpty(fragment) ? default : new FragmentString("#" + fragment.TrimStart('#'));

        if (string.IsNullOrEmpty(protocol) && string.IsNullOrEmpty(host))
        {
            var path = httpContext != null
                ? _linkGenerator.GetPathByRouteValues(httpContext, routeName, routeValues, fragment: fragmentString)
                : _linkGenerator.GetPathByRouteValues(routeName, routeValues, fragment: fragmentString);
            return path ?? string.Empty;
        }

        var request = httpContext?.Request;
        var hostString = !string.IsNullOrEmpty(host) ? new HostString(host) : request?.Host ?? new HostString("127.0.0.1");
        var scheme = !string.IsNullOrEmpty(protocol) ? protocol : request?.Scheme ?? Uri.UriSchemeHttp;

        return _linkGenerator.GetUriByRouteValues(routeName, routeValues, scheme, hostString, request?.PathBase ?? default, fragmentString) ?? string.Empty;
    }
}
