namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Models.Api;

/// <summary>
/// One of: UtcNow (freeze the clock at that instant), AdvanceDays / AdvanceHours (move it), Reset (back to the system clock).
/// </summary>
public sealed class SandboxClockApiRequest
{
    public DateTimeOffset? UtcNow { get; set; }

    public double? AdvanceDays { get; set; }

    public double? AdvanceHours { get; set; }

    public bool Reset { get; set; }
}
