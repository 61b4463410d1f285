namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Whether an affiliate's coupon code or link may credit an order of this shopper. Program membership links a customer
/// to their nopCommerce affiliate, so the shopper is the affiliate exactly when their membership carries the code's
/// affiliate id; an affiliate created in the admin area without a membership has no customer and is never refused here.
/// </summary>
public static class SelfReferralRule
{
    /// <param name="codeAffiliateId">The affiliate the code or link credits.</param>
    /// <param name="shopper">The shopper's own membership, or null when they have none (guests, most customers).</param>
    /// <param name="owner">The membership linked to <paramref name="codeAffiliateId"/>, or null when the affiliate has none.</param>
    public static ReferralVerdict Check(int codeAffiliateId, MemberStanding? shopper, MemberStanding? owner)
    {
        if (codeAffiliateId <= 0)
            return ReferralVerdict.Allowed;

        if (shopper is { } own && own.AffiliateId == codeAffiliateId)
            return ReferralVerdict.SelfReferral;

        if (owner is { } linked && linked.AffiliateId == codeAffiliateId && !MemberTransitionRule.IsInGoodStanding(linked.Status))
            return ReferralVerdict.OwnerNotInGoodStanding;

        return ReferralVerdict.Allowed;
    }
}
