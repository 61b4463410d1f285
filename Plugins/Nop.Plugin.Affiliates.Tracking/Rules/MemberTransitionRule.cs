namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Which membership changes are allowed. A customer applies once; an administrator approves or rejects an application,
/// may still approve one rejected earlier, suspends an approved affiliate and reinstates a suspended one.
/// </summary>
public static class MemberTransitionRule
{
    /// <param name="current">The membership's status, or null when the customer has none.</param>
    /// <param name="action">What is asked.</param>
    /// <param name="next">The status after the action; the current one when the action is refused.</param>
    /// <returns>Whether the action is allowed.</returns>
    public static bool TryMove(MemberStatus? current, MemberAction action, out MemberStatus next)
    {
        MemberStatus? result = (current, action) switch
        {
            (null, MemberAction.Apply) => MemberStatus.Applied,
            (MemberStatus.Applied, MemberAction.Approve) => MemberStatus.Approved,
            (MemberStatus.Rejected, MemberAction.Approve) => MemberStatus.Approved,
            (MemberStatus.Applied, MemberAction.Reject) => MemberStatus.Rejected,
            (MemberStatus.Approved, MemberAction.Suspend) => MemberStatus.Suspended,
            (MemberStatus.Suspended, MemberAction.Reinstate) => MemberStatus.Approved,
            _ => null
        };

        next = result ?? current ?? default;
        return result.HasValue;
    }

    /// <summary>
    /// Whether an affiliate in this status may see their dashboard and have their codes and links credited.
    /// </summary>
    public static bool IsInGoodStanding(MemberStatus status) => status == MemberStatus.Approved;
}
