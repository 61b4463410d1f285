using Nop.Core.Configuration;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

/// <summary>
/// A settings class only the sandbox tests use, to check the setting double's key format and conversions.
/// </summary>
public class SandboxProbeSettings : ISettings
{
    public List<string> Hosts { get; set; } = [];

    public int Days { get; set; } = 30;

    public decimal Rate { get; set; } = 1.5m;

    public DayOfWeek Day { get; set; } = DayOfWeek.Monday;
}
