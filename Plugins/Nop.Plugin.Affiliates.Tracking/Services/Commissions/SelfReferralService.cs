using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Members;

namespace Nop.Plugin.Affiliates.Tracking.Services.Commissions;

public class SelfReferralService : ISelfReferralService
{
    private readonly IAffiliateMemberService _memberService;

    public SelfReferralService(IAffiliateMemberService memberService)
    {
        _memberService = memberService;
    }

    /// <inheritdoc />
    public async Task<bool> IsOwnOrderAsync(int affiliateId, int customerId) =>
        await _memberService.CheckReferralAsync(affiliateId, customerId) == ReferralVerdict.SelfReferral;
}
