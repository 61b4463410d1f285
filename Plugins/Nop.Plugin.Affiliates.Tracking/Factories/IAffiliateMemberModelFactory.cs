using Nop.Plugin.Affiliates.Tracking.Models.Admin;
using Nop.Plugin.Affiliates.Tracking.Services.Members;

namespace Nop.Plugin.Affiliates.Tracking.Factories;

public interface IAffiliateMemberModelFactory
{
    /// <summary>
    /// The members page: the status list and the grid's page sizes.
    /// </summary>
    Task<MemberSearchModel> PrepareMemberSearchModelAsync(MemberSearchModel searchModel);

    /// <summary>
    /// One page of the members grid for a validated <paramref name="filter"/>; paging is clamped to the grid's bounds.
    /// </summary>
    Task<MemberListModel> PrepareMemberListModelAsync(MemberSearchModel searchModel, MemberFilter filter);
}
