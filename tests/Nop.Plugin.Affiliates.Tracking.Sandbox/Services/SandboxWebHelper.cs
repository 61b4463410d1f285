using System.ComponentModel;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Nop.Core;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Sandbox double of nopCommerce's WebHelper, reading the current request (no proxy headers, one store).
/// Without a request, URLs fall back to the store's configured URL.
/// </summary>
public class SandboxWebHelper : IWebHelper
{
    private const string IsPostBeingDoneKey = "nop.IsPOSTBeingDone";

    private static readonly FileExtensionContentTypeProvider _contentTypes = new();

    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly SandboxStoreUrl _storeUrl;

    public SandboxWebHelper(IHttpContextAccessor httpContextAccessor, SandboxStoreUrl storeUrl)
    {
        _httpContextAccessor = httpContextAccessor;
        _storeUrl = storeUrl;
    }

    private HttpRequest Request => _httpContextAccessor.HttpContext?.Request;

    public string GetUrlReferrer() => Request?.Headers.Referer.ToString() ?? string.Empty;

    public string GetCurrentIpAddress()
    {
        var address = _httpContextAccessor.HttpContext?.Connection.RemoteIpAddress;
        if (address == null)
            return string.Empty;

        if (address.Equals(IPAddress.IPv6Loopback))
            return IPAddress.Loopback.ToString();

        return (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
    }

    public string GetThisPageUrl(bool includeQueryString, bool? useSsl = null, bool lowercaseUrl = false)
    {
        if (Request == null)
            return string.Empty;

        var url = GetStoreHost(useSsl ?? IsCurrentConnectionSecured()).TrimEnd('/') + Request.PathBase + Request.Path;
        if (includeQueryString)
            url += Request.QueryString;

        return lowercaseUrl ? url.ToLowerInvariant() : url;
    }

    public bool IsCurrentConnectionSecured() => Request?.IsHttps ?? false;

    public string GetStoreHost(bool useSsl)
    {
        if (Request == null || !Request.Host.HasValue)
            return _storeUrl.Value;

        return $"{(useSsl ? Uri.UriSchemeHttps : Uri.UriSchemeHttp)}://{Request.Host}/";
    }

    public string GetStoreLocation(bool? useSsl = null)
    {
        if (Request == null || !Request.Host.HasValue)
            return _storeUrl.Value;

        return GetStoreHost(useSsl ?? IsCurrentConnectionSecured()).TrimEnd('/') + Request.PathBase + "/";
    }

    public bool IsStaticResource() => Request != null && _contentTypes.TryGetContentType(Request.Path.Value ?? string.Empty, out _);

    public string ModifyQueryString(string url, string key, params string[] values)
    {
        if (string.IsNullOrEmpty(url) || string.IsNullOrEmpty(key))
            return url ?? string.Empty;

        // Like nopCommerce: several values are joined with commas, and only the first value of each parameter is kept.
        var (path, query, fragment) = Split(url);
        query[key] = string.Join(",", values);
        return QueryHelpers.AddQueryString(path, query.Select(pair => KeyValuePair.Create(pair.Key, pair.Value.FirstOrDefault() ?? string.Empty))) + fragment;
    }

    public string RemoveQueryString(string url, string key, string value = null)
    {
        if (string.IsNullOrEmpty(url) || string.IsNullOrEmpty(key))
            return url ?? string.Empty;

        var (path, query, fragment) = Split(url);
        if (query.TryGetValue(key, out var existing))
        {
            var kept = value == null ? [] : existing.Where(item => !string.Equals(item, value, StringComparison.InvariantCultureIgnoreCase)).ToArray();
            if (kept.Length == 0)
                query.Remove(key);
            else
                query[key] = kept;
        }

        return QueryHelpers.AddQueryString(path, query.SelectMany(pair => pair.Value.Select(item => KeyValuePair.Create(pair.Key, item)))) + fragment;
    }

    public T QueryString<T>(string name)
    {
        var value = Request?.Query[name].ToString();
        if (string.IsNullOrEmpty(value))
            return default;

        var type = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return (T)TypeDescriptor.GetConverter(type).ConvertFromInvariantString(value);
    }

    public void RestartAppDomain() => throw new NotImplementedException("sandbox");

    public bool IsRequestBeingRedirected
    {
        get
        {
            var statusCode = _httpContextAccessor.HttpContext?.Response.StatusCode ?? 0;
            return statusCode is >= 300 and < 400;
        }
    }

    public bool IsPostBeingDone
    {
        get => _httpContextAccessor.HttpContext?.Items[IsPostBeingDoneKey] is true;
        set
        {
            if (_httpContextAccessor.HttpContext != null)
                _httpContextAccessor.HttpContext.Items[IsPostBeingDoneKey] = value;
        }
    }

    public string GetCurrentRequestProtocol() => IsCurrentConnectionSecured() ? Uri.UriSchemeHttps : Uri.UriSchemeHttp;

    public bool IsLocalRequest(HttpRequest req)
    {
        var connection = req.HttpContext.Connection;
        if (connection.RemoteIpAddress == null)
            return true;

        return connection.LocalIpAddress != null
            ? connection.RemoteIpAddress.Equals(connection.LocalIpAddress)
            : IPAddress.IsLoopback(connection.RemoteIpAddress);
    }

    public string GetRawUrl(HttpRequest request)
    {
        var rawUrl = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget;
        return string.IsNullOrEmpty(rawUrl) ? request.GetEncodedPathAndQuery() : rawUrl;
    }

    public bool IsAjaxRequest(HttpRequest request) => request.Headers.XRequestedWith == "XMLHttpRequest";

    private static (string Path, Dictionary<string, StringValues> Query, string Fragment) Split(string url)
    {
        var fragmentIndex = url.IndexOf('#');
        var fragment = fragmentIndex >= 0 ? url[fragmentIndex..] : string.Empty;
        var withoutFragment = fragmentIndex >= 0 ? url[..fragmentIndex] : url;
        var queryIndex = withoutFragment.IndexOf('?');
        var path = queryIndex >= 0 ? withoutFragment[..queryIndex] : withoutFragment;
        var query = queryIndex >= 0 ? QueryHelpers.ParseQuery(withoutFragment[queryIndex..]) : new Dictionary<string, StringValues>();

        return (path, new Dictionary<string, StringValues>(query, StringComparer.InvariantCultureIgnoreCase), fragment);
    }
}
