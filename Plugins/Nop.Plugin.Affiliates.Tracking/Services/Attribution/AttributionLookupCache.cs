using Nop.Plugin.Affiliates.Tracking.Rules;
using System.Collections.Concurrent;

namespace Nop.Plugin.Affiliates.Tracking.Services.Attribution;

/// <summary>
/// Short-lived, bounded memory of slug → link and code → affiliate answers, including "not found", so a burst of
/// share-link traffic (or of made-up codes) does not reach the database. Entity changes on this node clear it;
/// entries expire after a minute for changes made on other web-farm nodes.
/// </summary>
public class AttributionLookupCache
{
    public const int MaxEntries = 10_000;

    public static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Entry<CachedLink>> _links = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Entry<int>> _affiliates = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;

    public AttributionLookupCache(TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
    }

    public bool TryGetLink(string slug, out CachedLink link) => TryGet(_links, slug, out link);

    /// <summary>
    /// The key a slug is cached under (trimmed, lower-case); null when it cannot be a slug at all.
    /// </summary>
    public static string LinkKey(string slug)
    {
        var key = slug?.Trim().TrimEnd('/').ToLowerInvariant();
        return SlugRules.IsValid(key) ? key : null;
    }

    public void SetLink(string slug, CachedLink link) => Set(_links, slug, link);

    /// <summary>
    /// The affiliate id a code stands for; 0 means the code is known to lead nowhere.
    /// </summary>
    public bool TryGetAffiliateId(string code, out int affiliateId) => TryGet(_affiliates, code, out affiliateId);

    public void SetAffiliateId(string code, int affiliateId) => Set(_affiliates, code, affiliateId);

    public void Clear()
    {
        _links.Clear();
        _affiliates.Clear();
    }

    private bool TryGet<T>(ConcurrentDictionary<string, Entry<T>> entries, string key, out T value)
    {
        if (entries.TryGetValue(key, out var entry) && _timeProvider.GetElapsedTime(entry.StoredAt) <= TimeToLive)
        {
            value = entry.Value;
            return true;
        }

        value = default;
        return false;
    }

    private void Set<T>(ConcurrentDictionary<string, Entry<T>> entries, string key, T value)
    {
        // Crude but bounded: random codes cannot grow the cache without limit.
        if (entries.Count >= MaxEntries)
            entries.Clear();

        entries[key] = new Entry<T>(value, _timeProvider.GetTimestamp());
    }

    private sealed record Entry<T>(T Value, long StoredAt);
}
