using Nop.Core.Domain.Configuration;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// The sandbox's stand-in for nopCommerce's settings cache: all Setting rows, shared by every scope until a write.
/// </summary>
public class SandboxSettingCache
{
    private readonly object _lock = new();
    private IReadOnlyList<Setting> _settings;
    private long _version;

    /// <summary>
    /// Read before loading from the database, and passed to <see cref="Set"/>.
    /// </summary>
    public long Version
    {
        get
        {
            lock (_lock)
                return _version;
        }
    }

    public IReadOnlyList<Setting> Get()
    {
        lock (_lock)
            return _settings;
    }

    /// <summary>
    /// Keeps rows loaded since <paramref name="loadedAtVersion"/>, unless a write happened meanwhile (they may be stale then).
    /// </summary>
    public IReadOnlyList<Setting> Set(IReadOnlyList<Setting> settings, long loadedAtVersion)
    {
        lock (_lock)
        {
            if (_version == loadedAtVersion)
                _settings = settings;
        }

        return settings;
    }

    public void Clear()
    {
        lock (_lock)
        {
            _settings = null;
            _version++;
        }
    }
}
