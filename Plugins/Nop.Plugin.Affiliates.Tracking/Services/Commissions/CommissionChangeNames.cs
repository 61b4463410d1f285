namespace Nop.Plugin.Affiliates.Tracking.Services.Commissions;

/// <summary>
/// Status names <see cref="CommissionChangedEvent"/> carries besides the lower-case stage names.
/// </summary>
public static class CommissionChangeNames
{
    public const string Pending = "pending";

    /// <summary>
    /// The amount changed (a partial refund) while the status stayed.
    /// </summary>
    public const string Adjusted = "adjusted";
}
