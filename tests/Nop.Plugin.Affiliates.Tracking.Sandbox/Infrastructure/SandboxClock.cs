namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;

/// <summary>
/// The only clock of the sandbox. It follows the system clock until someone sets it; then it stands still at the set
/// time (plus whatever has been advanced since), so tests and scripts can move days forward deterministically.
/// </summary>
public sealed class SandboxClock : TimeProvider
{
    private readonly object _lock = new();
    private DateTimeOffset? _frozenUtcNow;
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
            return _frozenUtcNow ?? base.GetUtcNow() + _offset;
    }

    /// <summary>
    /// Whether the clock stands still (after <see cref="SetUtcNow"/>).
    /// </summary>
    public bool IsFrozen
    {
        get
        {
            lock (_lock)
                return _frozenUtcNow.HasValue;
        }
    }

    /// <summary>
    /// Stops the clock at <paramref name="utcNow"/>.
    /// </summary>
    public void SetUtcNow(DateTimeOffset utcNow)
    {
        lock (_lock)
            _frozenUtcNow = utcNow.ToUniversalTime();
    }

    /// <summary>
    /// Moves the clock forward (or back, with a negative value); a running clock keeps running from the new time.
    /// </summary>
    public void Advance(TimeSpan delta)
    {
        lock (_lock)
        {
            if (_frozenUtcNow.HasValue)
                _frozenUtcNow += delta;
            else
                _offset += delta;
        }
    }

    /// <summary>
    /// Returns to the system clock.
    /// </summary>
    public void Reset()
    {
        lock (_lock)
        {
            _frozenUtcNow = null;
            _offset = TimeSpan.Zero;
        }
    }

    /// <summary>
    /// The current time as nopCommerce entities store it (<see cref="DateTimeKind.Utc"/>).
    /// </summary>
    public DateTime UtcNow => GetUtcNow().UtcDateTime;
}
