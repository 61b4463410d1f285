namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// A membership as the referral rule needs it: the nopCommerce affiliate it is linked to (0 until approved) and its status.
/// </summary>
public readonly record struct MemberStanding(int AffiliateId, MemberStatus Status);
