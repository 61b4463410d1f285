namespace Nop.Plugin.Affiliates.Tracking.Infrastructure;

/// <summary>
/// Process-wide copy of every store's <see cref="AttributionRequestSettings"/> (<see cref="AttributionStoreSettings"/>). Saving the settings on this node clears it at once;
/// a copy older than a minute is reloaded, so a change saved on another web-farm node arrives within that time.
/// </summary>
public class AttributionSettingsSnapshot
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly TimeProvider _timeProvider;

    private volatile Entry _entry;

    public AttributionSettingsSnapshot(TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
    }

    public bool TryGetCurrent(out AttributionStoreSettings settings)
    {
        var entry = _entry;
        if (entry is null || _timeProvider.GetElapsedTime(entry.LoadedAt) > MaxAge)
        {
            settings = null;
            return false;
        }

        settings = entry.Settings;
        return true;
    }

    public void Set(AttributionStoreSettings settings) => _entry = new Entry(settings, _timeProvider.GetTimestamp());

    /// <summary>
    /// The same values for every store.
    /// </summary>
    public void Set(AttributionRequestSettings settings) => Set(new AttributionStoreSettings(settings));

    public void Invalidate() => _entry = null;

    private sealed record Entry(AttributionStoreSettings Settings, long LoadedAt);
}
