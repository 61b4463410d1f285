namespace Nop.Plugin.Affiliates.Tracking.Domain;

public enum CommissionStatus
{
    Pending = 10,
    Approved = 20,
    Paid = 30,
    Reversed = 40
}
