namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Models.Api;

/// <summary>
/// Body of /partial-refund ({ "Amount": 10.5 }) and /status ({ "Status": "Complete" }).
/// </summary>
public sealed class SandboxOrderActionApiRequest
{
    public decimal? Amount { get; set; }

    public string Status { get; set; }
}
