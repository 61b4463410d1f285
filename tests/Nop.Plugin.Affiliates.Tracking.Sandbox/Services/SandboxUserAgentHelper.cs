using Microsoft.AspNetCore.Http;
using Nop.Services.Helpers;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Sandbox double of nopCommerce's UserAgentHelper. nopCommerce matches the browscap database; the sandbox recognises
/// crawler user agents by a few well-known tokens, enough to exercise the search-engine customer path.
/// </summary>
public class SandboxUserAgentHelper : IUserAgentHelper
{
    private static readonly string[] _crawlerTokens = ["bot", "crawler", "spider", "slurp"];
    private static readonly string[] _mobileTokens = ["mobile", "android", "iphone"];

    private readonly IHttpContextAccessor _httpContextAccessor;

    public SandboxUserAgentHelper(IHttpContextAccessor httpContextAccessor)
    {
        _httpContextAccessor = httpContextAccessor;
    }

    public bool IsSearchEngine() => Contains(_crawlerTokens);

    public bool IsMobileDevice() => Contains(_mobileTokens);

    private bool Contains(string[] tokens)
    {
        var userAgent = _httpContextAccessor.HttpContext?.Request.Headers.UserAgent.ToString();
        return !string.IsNullOrEmpty(userAgent) && tokens.Any(token => userAgent.Contains(token, StringComparison.OrdinalIgnoreCase));
    }
}
