namespace Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;

/// <summary>
/// A clock the test sets and moves by hand; the plugin reads every "now" from <see cref="TimeProvider"/>.
/// </summary>
public class ManualTimeProvider : TimeProvider
{
    private readonly object _lock = new();
    private DateTimeOffset _utcNow;

    public ManualTimeProvider(DateTime utcNow)
    {
        SetUtcNow(utcNow);
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
            return _utcNow;
    }

    public void SetUtcNow(DateTime utcNow)
    {
        if (utcNow.Kind != DateTimeKind.Utc)
            throw new ArgumentException("The manual clock takes UTC times only.", nameof(utcNow));

        lock (_lock)
            _utcNow = new DateTimeOffset(utcNow);
    }

    public void Advance(TimeSpan delta)
    {
        lock (_lock)
            _utcNow = _utcNow.Add(delta);
    }
}
