namespace Nop.Plugin.Affiliates.Tracking.Services.Attribution;

public sealed record CachedLink(int LinkId, int AffiliateId, string DestinationUrl);
