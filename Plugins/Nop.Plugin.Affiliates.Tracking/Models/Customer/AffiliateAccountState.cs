namespace Nop.Plugin.Affiliates.Tracking.Models.Customer;

/// <summary>
/// Which version of the affiliate area a customer sees.
/// </summary>
public enum AffiliateAccountState
{
    Apply,
    Pending,
    Rejected,
    Suspended,
    Dashboard
}
