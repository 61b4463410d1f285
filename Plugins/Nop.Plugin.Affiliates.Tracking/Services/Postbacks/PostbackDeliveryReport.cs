namespace Nop.Plugin.Affiliates.Tracking.Services.Postbacks;

/// <summary>
/// What one run of the delivery did: sent and accepted, failed (to be retried), given up, or left to another node.
/// </summary>
public sealed record PostbackDeliveryReport(int Delivered, int Failed, int Abandoned, int Skipped)
{
    public static PostbackDeliveryReport Empty { get; } = new(0, 0, 0, 0);
}
