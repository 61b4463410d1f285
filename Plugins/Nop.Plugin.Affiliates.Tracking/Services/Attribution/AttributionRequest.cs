namespace Nop.Plugin.Affiliates.Tracking.Services.Attribution;

/// <summary>
/// What the middleware saw in a storefront request: a short-link slug, link parameters in the query, the cookie.
/// </summary>
public sealed record AttributionRequest(string ShortLinkSlug, bool HasLinkParameter, bool HasCookie);
