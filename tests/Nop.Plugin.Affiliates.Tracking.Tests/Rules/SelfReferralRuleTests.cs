using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

public class SelfReferralRuleTests
{
    private const int Code = 7;

    private static MemberStanding? Member(int affiliateId, MemberStatus status) => new MemberStanding(affiliateId, status);

    [Test]
    public void Check_GuestAndAffiliateWithoutMembership_Allowed()
    {
        Assert.That(SelfReferralRule.Check(Code, null, null), Is.EqualTo(ReferralVerdict.Allowed));
    }

    [TestCase(MemberStatus.Approved)]
    [TestCase(MemberStatus.Suspended)]
    public void Check_ShopperIsTheCodesAffiliate_SelfReferral(MemberStatus status)
    {
        var shopper = Member(Code, status);

        Assert.That(SelfReferralRule.Check(Code, shopper, shopper), Is.EqualTo(ReferralVerdict.SelfReferral));
    }

    [TestCase(MemberStatus.Applied)]
    [TestCase(MemberStatus.Rejected)]
    [TestCase(MemberStatus.Approved)]
    [TestCase(MemberStatus.Suspended)]
    public void Check_ShopperIsAnotherMember_DecidedByTheOwnerOnly(MemberStatus shopperStatus)
    {
        var shopper = Member(shopperStatus is MemberStatus.Applied or MemberStatus.Rejected ? 0 : 8, shopperStatus);

        Assert.That(SelfReferralRule.Check(Code, shopper, Member(Code, MemberStatus.Approved)), Is.EqualTo(ReferralVerdict.Allowed));
        Assert.That(SelfReferralRule.Check(Code, shopper, Member(Code, MemberStatus.Suspended)), Is.EqualTo(ReferralVerdict.OwnerNotInGoodStanding));
    }

    [TestCase(MemberStatus.Approved, ReferralVerdict.Allowed)]
    [TestCase(MemberStatus.Suspended, ReferralVerdict.OwnerNotInGoodStanding)]
    [TestCase(MemberStatus.Applied, ReferralVerdict.OwnerNotInGoodStanding)]
    [TestCase(MemberStatus.Rejected, ReferralVerdict.OwnerNotInGoodStanding)]
    public void Check_OwnerStatus_DecidesForOtherShoppers(MemberStatus ownerStatus, ReferralVerdict expected)
    {
        Assert.That(SelfReferralRule.Check(Code, null, Member(Code, ownerStatus)), Is.EqualTo(expected));
    }

    [Test]
    public void Check_OwnerMembershipOfAnotherAffiliate_Ignored()
    {
        // A membership handed in for the wrong affiliate must not refuse this code.
        Assert.That(SelfReferralRule.Check(Code, null, Member(9, MemberStatus.Suspended)), Is.EqualTo(ReferralVerdict.Allowed));
    }

    [Test]
    public void Check_ApplicantWithoutAffiliateAndNoCode_NeverMatchesZero()
    {
        // An applicant's AffiliateId is 0; an order without affiliate (0) must not look like their own.
        var applicant = Member(0, MemberStatus.Applied);

        Assert.That(SelfReferralRule.Check(0, applicant, applicant), Is.EqualTo(ReferralVerdict.Allowed));
    }

    [TestCase(-1)]
    [TestCase(0)]
    public void Check_NoAffiliate_Allowed(int affiliateId)
    {
        Assert.That(SelfReferralRule.Check(affiliateId, Member(affiliateId, MemberStatus.Suspended), Member(affiliateId, MemberStatus.Suspended)),
            Is.EqualTo(ReferralVerdict.Allowed));
    }
}
