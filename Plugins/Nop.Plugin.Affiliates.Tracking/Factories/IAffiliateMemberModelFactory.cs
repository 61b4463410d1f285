using Nop.Plugin.Affiliates.Tracking.Models.Admin;

namespace Nop.Plugin.Affiliates.Tracking.Factories;

public interface IAffiliateMemberModelFactory
{
    Task<MemberListModel> PrepareMemberListModelAsync(MemberSearchModel searchModel);
}
