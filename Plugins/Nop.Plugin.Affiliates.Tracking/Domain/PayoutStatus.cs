namespace Nop.Plugin.Affiliates.Tracking.Domain;

public enum PayoutStatus
{
    /// <summary>Created and exportable; the owner has not confirmed the money went out.</summary>
    Pending = 10,

    Paid = 20
}
