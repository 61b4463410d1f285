using Nop.Plugin.Affiliates.Tracking.Services.Members;

namespace Nop.Plugin.Affiliates.Tracking.Services.Payouts;

/// <summary>
/// The payout e-mail the member chose in the portal; the nopCommerce affiliate's address e-mail when they chose none
/// (or the affiliate has no member, e.g. one the owner created in the admin).
/// </summary>
public class MemberPayoutEmailProvider : IPayoutEmailProvider
{
    private readonly AffiliateAddressPayoutEmailProvider _addressProvider;
    private readonly IAffiliateMemberService _memberService;

    public MemberPayoutEmailProvider(AffiliateAddressPayoutEmailProvider addressProvider, IAffiliateMemberService memberService)
    {
        _addressProvider = addressProvider;
        _memberService = memberService;
    }

    /// <inheritdoc />
    public async Task<string> GetPayoutEmailAsync(int affiliateId)
    {
        var member = await _memberService.GetMemberByAffiliateIdAsync(affiliateId);
        var memberEmail = member?.PayoutEmail?.Trim();
        if (!string.IsNullOrEmpty(memberEmail))
            return memberEmail;

        return await _addressProvider.GetPayoutEmailAsync(affiliateId);
    }
}
