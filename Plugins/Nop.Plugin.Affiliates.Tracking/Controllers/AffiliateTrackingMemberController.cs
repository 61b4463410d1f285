using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Affiliates.Tracking.Factories;
using Nop.Plugin.Affiliates.Tracking.Models.Admin;
using Nop.Plugin.Affiliates.Tracking.Services.Commissions;
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

    private const string RatesView = AffiliateTrackingDefaults.ViewRoot + "Admin/MemberRates.cshtml";

    private readonly ICommissionRateModelFactory _commissionRateModelFactory;
    private readonly ICommissionRateService _commissionRateService;
    private readonly IAffiliateMemberModelFactory _memberModelFactory;
    private readonly IAffiliateMemberService _memberService;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;

    public AffiliateTrackingMemberController(ICommissionRateModelFactory commissionRateModelFactory,
        ICommissionRateService commissionRateService,
        IAffiliateMemberModelFactory memberModelFactory,
        IAffiliateMemberService memberService,
        ILocalizationService localizationService,
        INotificationService notificationService)
    {
        _commissionRateModelFactory = commissionRateModelFactory;
        _commissionRateService = commissionRateService;
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

    // Per-affiliate commission overrides (issue 7): the rates page of a member's nopCommerce affiliate.
    [CheckPermission(StandardPermission.Promotions.AFFILIATES_VIEW)]
    public async Task<IActionResult> Rates(int affiliateId)
    {
        var model = await _commissionRateModelFactory.PrepareCommissionRatesModelAsync(affiliateId);
        return model is null ? RedirectToAction(nameof(List)) : View(RatesView, model);
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Promotions.AFFILIATES_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> SaveRate(CommissionRateModel model)
    {
        model ??= new CommissionRateModel();
        // A value the model binder could not read (text, a comma in the wrong culture) must not be stored as 0.
        if (!ModelState.IsValid)
        {
            foreach (var key in ModelState.Where(entry => entry.Value.Errors.Count > 0).Select(entry => entry.Key).ToList())
                _notificationService.ErrorNotification(string.Format(await _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + "CommissionRates.Errors.Unreadable"), key));
            return await RatesOrListAsync(model);
        }

        var result = await _commissionRateService.SaveRateAsync(new CommissionRateInput(model.AffiliateId, model.CategoryId, model.CommissionTypeId, model.Value));
        if (!result.Success)
        {
            foreach (var key in result.ErrorResourceKeys)
                _notificationService.ErrorNotification(await _localizationService.GetResourceAsync(key));
            return await RatesOrListAsync(model);
        }

        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + "CommissionRates.Saved"));
        return RedirectToAction(nameof(Rates), new { affiliateId = model.AffiliateId });
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Promotions.AFFILIATES_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> DeleteRate(int affiliateId, int id)
    {
        var result = await _commissionRateService.DeleteRateAsync(affiliateId, id);
        if (result.Success)
            _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + "CommissionRates.Deleted"));
        else
            foreach (var key in result.ErrorResourceKeys)
                _notificationService.ErrorNotification(await _localizationService.GetResourceAsync(key));

        return RedirectToAction(nameof(Rates), new { affiliateId });
    }

    private async Task<IActionResult> RatesOrListAsync(CommissionRateModel model)
    {
        var page = await _commissionRateModelFactory.PrepareCommissionRatesModelAsync(model.AffiliateId, model);
        return page is null ? RedirectToAction(nameof(List)) : View(RatesView, page);
    }

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
