namespace Nop.Plugin.Affiliates.Tracking.Rules;

public enum ReferralVerdict
{
    Allowed,

    /// <summary>
    /// The shopper is the affiliate who owns the code or link.
    /// </summary>
    SelfReferral,

    /// <summary>
    /// The affiliate who owns the code or link is a member no longer in good standing (suspended).
    /// </summary>
    OwnerNotInGoodStanding
}
