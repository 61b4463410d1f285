using System.Globalization;
using Nop.Plugin.Affiliates.Tracking.Services.Links;
using Nop.Services.Affiliates;

namespace Nop.Plugin.Affiliates.Tracking.Services.Attribution;

public class AttributionLookupService : IAttributionLookupService
{
    // nopCommerce's limit for friendly URL names (NopAffiliateDefaults.FriendlyUrlNameLength).
    private const int MaxCodeLength = 200;

    private readonly AttributionLookupCache _cache;
    // Lazy: answered from the cache, a lookup needs neither service nor their dependencies.
    private readonly Lazy<IAffiliateLinkService> _affiliateLinkService;
    private readonly Lazy<IAffiliateService> _affiliateService;

    public AttributionLookupService(AttributionLookupCache cache, Lazy<IAffiliateLinkService> affiliateLinkService, Lazy<IAffiliateService> affiliateService)
    {
        _cache = cache;
        _affiliateLinkService = affiliateLinkService;
        _affiliateService = affiliateService;
    }

    /// <inheritdoc />
    public async Task<CachedLink> GetLinkAsync(string slug)
    {
        var key = AttributionLookupCache.LinkKey(slug);
        if (key is null)
            return null;
        if (_cache.TryGetLink(key, out var cached))
            return cached;

        var link = await _affiliateLinkService.Value.GetActiveLinkBySlugAsync(key);
        var result = link is not null && await ResolveAffiliateIdAsync(link.AffiliateId) > 0
            ? new CachedLink(link.Id, link.AffiliateId, link.DestinationUrl)
            : null;

        _cache.SetLink(key, result);
        return result;
    }

    /// <inheritdoc />
    public async Task<int> ResolveAffiliateCodeAsync(string code)
    {
        var value = code?.Trim();
        if (string.IsNullOrEmpty(value) || value.Length > MaxCodeLength || value.Any(char.IsControl))
            return 0;

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return await ResolveAffiliateIdAsync(id);

        var key = "n:" + value.ToLowerInvariant();
        if (_cache.TryGetAffiliateId(key, out var cachedId))
            return cachedId;

        var affiliate = await _affiliateService.Value.GetAffiliateByFriendlyUrlNameAsync(value.ToLowerInvariant());
        var affiliateId = affiliate is { Active: true, Deleted: false } ? affiliate.Id : 0;
        _cache.SetAffiliateId(key, affiliateId);

        return affiliateId;
    }

    /// <inheritdoc />
    public async Task<int> ResolveAffiliateIdAsync(int affiliateId)
    {
        if (affiliateId <= 0)
            return 0;

        var key = "i:" + affiliateId.ToString(CultureInfo.InvariantCulture);
        if (_cache.TryGetAffiliateId(key, out var cachedId))
            return cachedId;

        var affiliate = await _affiliateService.Value.GetAffiliateByIdAsync(affiliateId);
        var result = affiliate is { Active: true, Deleted: false } ? affiliate.Id : 0;
        _cache.SetAffiliateId(key, result);

        return result;
    }
}
