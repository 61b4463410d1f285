using Microsoft.AspNetCore.Http;
using Nop.Plugin.Affiliates.Tracking.Infrastructure;

namespace Nop.Plugin.Affiliates.Tracking.Services.Attribution;

/// <summary>
/// The work the attribution middleware does for the few requests that carry a link or the cookie.
/// </summary>
public interface IAttributionRequestHandler
{
    /// <summary>
    /// Handles the request's link or cookie.
    /// </summary>
    /// <returns>True when it answered the request itself (a short-link redirect); false to let the pipeline go on.</returns>
    Task<bool> HandleAsync(HttpContext context, AttributionRequest request, AttributionRequestSettings requestSettings);
}
