namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <param name="Type">NotifyType name: Success, Warning or Error.</param>
/// <param name="Message">HTML (already encoded unless the caller asked otherwise).</param>
public sealed record SandboxNotification(string Type, string Message);
