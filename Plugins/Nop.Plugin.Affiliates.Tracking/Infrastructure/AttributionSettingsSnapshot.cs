namespace Nop.Plugin.Affiliates.Tracking.Infrastructure;

/// <summary>
/// Process-wide copy of <see cref="AttributionRequestSettings"/>. Saving the settings on this node clears it at once;
/// a copy older than a minute is reloaded, so a change saved on another web-farm node arrives within that time.
/// </summary>
public class AttributionSettingsSnapshot
{
    private static readonly long MaxAgeMilliseconds = (long)TimeSpan.FromMinutes(1).TotalMilliseconds;

    private volatile Entry _entry;

    public bool TryGetCurrent(out AttributionRequestSettings settings)
    {
        var entry = _entry;
        if (entry is null || Environment.TickCount64 - entry.LoadedAt > MaxAgeMilliseconds)
        {
            settings = null;
            return false;
        }

        settings = entry.Settings;
        return true;
    }

    public void Set(AttributionRequestSettings settings) => _entry = new Entry(settings, Environment.TickCount64);

    public void Invalidate() => _entry = null;

    private sealed record Entry(AttributionRequestSettings Settings, long LoadedAt);
}
