namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// What can happen to a membership.
/// </summary>
public enum MemberAction
{
    Apply,
    Approve,
    Reject,
    Suspend,
    Reinstate
}
