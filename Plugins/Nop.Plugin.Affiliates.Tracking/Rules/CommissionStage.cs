namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Where a commission is in its life; the same values as the stored CommissionStatus.
/// </summary>
public enum CommissionStage
{
    Pending = 10,
    Approved = 20,
    Paid = 30,
    Reversed = 40
}
