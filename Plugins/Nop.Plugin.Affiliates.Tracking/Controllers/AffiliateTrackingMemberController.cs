using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Affiliates.Tracking.Factories;
using Nop.Plugin.Affiliates.Tracking.Models.Admin;
using Nop.Plugin.Affiliates.Tracking.Services.Members;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Security;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Affiliates.Tracking.Controllers;

/// <summary>
/// Promotions → Affiliate program → Program members: applications and memberships.
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class AffiliateTrackingMemberController : BasePluginController
{
    private const string ListView = AffiliateTrackingDefaults.ViewRoot + "Admin/Members.cshtml";

    private readonly IAffiliateMemberModelFactory _memberModelFactory;
    private readonly IAffiliateMemberService _memberService;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;

    public AffiliateTrackingMemberController(IAffiliateMemberModelFactory memberModelFactory,
        IAffiliateMemberService memberService,
        ILocalizationService localizationService,
        INotificationService notificationService)
    {
        _memberModelFactory = memberModelFactory;
        _memberService = memberService;
        _localizationService = localizationService;
        _notificationService = notificationService;
    }

    [CheckPermission(StandardPermission.Promotions.AFFILIATES_VIEW)]
    public async Task<IActionResult> List(MemberSearchModel searchModel) =>
        View(ListView, await _memberModelFactory.PrepareMemberListModelAsync(searchModel));

    [HttpPost]
    [CheckPermission(StandardPermission.Promotions.AFFILIATES_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> Approve(MemberDecisionModel model) =>
        await DecideAsync(await _memberService.ApproveAsync(model?.Id ?? 0, model?.ExistingAffiliateId ?? 0, model?.AdminNote));

    [HttpPost]
    [CheckPermission(StandardPermission.Promotions.AFFILIATES_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> Reject(MemberDecisionModel model) =>
        await DecideAsync(await _memberService.RejectAsync(model?.Id ?? 0, model?.AdminNote));

    [HttpPost]
    [CheckPermission(StandardPermission.Promotions.AFFILIATES_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> Suspend(MemberDecisionModel model) =>
        await DecideAsync(await _memberService.SuspendAsync(model?.Id ?? 0, model?.AdminNote));

    [HttpPost]
    [CheckPermission(StandardPermission.Promotions.AFFILIATES_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> Reinstate(MemberDecisionModel model) =>
        await DecideAsync(await _memberService.ReinstateAsync(model?.Id ?? 0, model?.AdminNote));

    private async Task<IActionResult> DecideAsync(MemberResult result)
    {
        if (result.Success)
        {
            _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + "Admin.Members.Updated"));
        }
        else
        {
            foreach (var key in result.ErrorResourceKeys)
                _notificationService.ErrorNotification(await _localizationService.GetResourceAsync(key));
        }

        return RedirectToAction(nameof(List));
    }
}
