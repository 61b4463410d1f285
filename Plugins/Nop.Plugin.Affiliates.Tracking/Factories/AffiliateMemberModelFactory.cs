using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Affiliates.Tracking.Models.Admin;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Members;
using Nop.Services.Affiliates;
using Nop.Services.Customers;
using Nop.Services.Localization;

namespace Nop.Plugin.Affiliates.Tracking.Factories;

public class AffiliateMemberModelFactory : IAffiliateMemberModelFactory
{
    private readonly IAffiliateMemberService _memberService;
    private readonly IAffiliateService _affiliateService;
    private readonly ICustomerService _customerService;
    private readonly ILocalizationService _localizationService;

    public AffiliateMemberModelFactory(IAffiliateMemberService memberService,
        IAffiliateService affiliateService,
        ICustomerService customerService,
        ILocalizationService localizationService)
    {
        _memberService = memberService;
        _affiliateService = affiliateService;
        _customerService = customerService;
        _localizationService = localizationService;
    }

    /// <inheritdoc />
    public async Task<MemberSearchModel> PrepareMemberSearchModelAsync(MemberSearchModel searchModel)
    {
        searchModel ??= new MemberSearchModel();

        searchModel.AvailableStatuses.Clear();
        searchModel.AvailableStatuses.Add(new SelectListItem(await ResourceAsync("Admin.Members.Search.AllStatuses"), "0"));
        foreach (var value in Enum.GetValues<MemberStatus>())
            searchModel.AvailableStatuses.Add(new SelectListItem(await ResourceAsync("Members.Status." + value), ((int)value).ToString()));

        // nopCommerce's parameterless SetGridPageSize reads AdminAreaSettings; the members grid keeps its own bounded sizes.
        searchModel.SetGridPageSize(AffiliateTrackingDefaults.MembersGridDefaultPageSize,
            string.Join(",", new[] { AffiliateTrackingDefaults.MembersGridDefaultPageSize, 50, AffiliateTrackingDefaults.MembersGridMaxPageSize }));

        return searchModel;
    }

    /// <inheritdoc />
    public async Task<MemberListModel> PrepareMemberListModelAsync(MemberSearchModel searchModel, MemberFilter filter)
    {
        ArgumentNullException.ThrowIfNull(searchModel);
        ArgumentNullException.ThrowIfNull(filter);

        var page = GridPage.FromOffset(searchModel.Start, searchModel.Length,
            AffiliateTrackingDefaults.MembersGridDefaultPageSize, AffiliateTrackingDefaults.MembersGridMaxPageSize);
        var members = await _memberService.SearchMembersAsync(filter.Keywords, filter.Status, page.PageIndex, page.PageSize);

        var rows = new List<MemberModel>(members.Count);
        foreach (var member in members)
        {
            var customer = await _customerService.GetCustomerByIdAsync(member.CustomerId);
            var affiliate = member.AffiliateId > 0 ? await _affiliateService.GetAffiliateByIdAsync(member.AffiliateId) : null;
            rows.Add(new MemberModel
            {
                Id = member.Id,
                CustomerId = member.CustomerId,
                CustomerName = customer is null ? null : await _customerService.GetCustomerFullNameAsync(customer),
                CustomerEmail = customer?.Email,
                AffiliateId = member.AffiliateId,
                AffiliateName = affiliate is null ? null : await _affiliateService.GetAffiliateFullNameAsync(affiliate),
                StatusId = member.StatusId,
                StatusName = await ResourceAsync("Members.Status." + member.Status),
                CanApprove = MemberTransitionRule.TryMove(member.Status, MemberAction.Approve, out _),
                CanReject = MemberTransitionRule.TryMove(member.Status, MemberAction.Reject, out _),
                CanSuspend = MemberTransitionRule.TryMove(member.Status, MemberAction.Suspend, out _),
                CanReinstate = MemberTransitionRule.TryMove(member.Status, MemberAction.Reinstate, out _),
                PayoutEmail = member.PayoutEmail,
                ApplicationMessage = member.ApplicationMessage,
                AdminNote = member.AdminNote,
                AppliedOnUtc = member.AppliedOnUtc,
                DecidedOnUtc = member.DecidedOnUtc
            });
        }

        return new MemberListModel
        {
            Data = rows,
            Draw = searchModel.Draw,
            RecordsTotal = members.TotalCount,
            RecordsFiltered = members.TotalCount
        };
    }

    private Task<string> ResourceAsync(string key) => _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + key);
}
