namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Where a customer stands in the affiliate program; stored as AffiliateMember.StatusId.
/// </summary>
public enum MemberStatus
{
    Applied = 10,
    Approved = 20,
    Rejected = 30,
    Suspended = 40
}
