namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Models.Api;

/// <summary>
/// The task class: its ScheduleTask.Type ("Namespace.Class, Assembly"), full name or class name.
/// </summary>
public sealed class SandboxRunTaskApiRequest
{
    public string Type { get; set; }
}
