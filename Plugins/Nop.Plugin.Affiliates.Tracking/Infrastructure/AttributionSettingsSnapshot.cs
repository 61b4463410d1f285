namespace Nop.Plugin.Affiliates.Tracking.Infrastructure;

/// <summary>
/// Process-wide copy of <see cref="AttributionRequestSettings"/>. Saving the settings on this node clears it at once;
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

    public bool TryGetCurrent(out AttributionRequestSettings settings)
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

    public void Set(AttributionRequestSettings settings) => _entry = new Entry(settings, _timeProvider.GetTimestamp());

    public void Invalidate() => _entry = null;

    private sealed record Entry(AttributionRequestSettings Settings, long LoadedAt);
}
