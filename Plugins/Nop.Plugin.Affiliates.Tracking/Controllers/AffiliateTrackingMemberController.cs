using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Affiliates.Tracking.Factories;
using Nop.Plugin.Affiliates.Tracking.Models.Admin;
using Nop.Plugin.Affiliates.Tracking.Services.Commissions;
using Nop.Plugin.Affiliates.Tracking.Services.Members;
using Nop.Plugin.Affiliates.Tracking.Validators;
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

    // Filters in the query string (the application e-mail's link, bookmarks) only prefill the search; the grid's list
    // endpoint validates them like any other search.
    [CheckPermission(StandardPermission.Promotions.AFFILIATES_VIEW)]
    public async Task<IActionResult> List(string searchKeywords, int? searchStatusId) =>
        View(ListView, await _memberModelFactory.PrepareMemberSearchModelAsync(new MemberSearchModel
        {
            SearchKeywords = searchKeywords,
            SearchStatusId = ModelState.IsValid ? searchStatusId ?? 0 : 0
        }));

    // The grid's data source (DataTables posts draw/start/length and the filters): one page as JSON, or 400 with a message.
    [HttpPost]
    [CheckPermission(StandardPermission.Promotions.AFFILIATES_VIEW)]
    public async Task<IActionResult> MemberList(MemberSearchModel searchModel)
    {
        searchModel ??= new MemberSearchModel();
        MemberFilter filter = null;
        var error = await GridRequestErrors.DescribeAsync(ModelState, _localizationService, AffiliateTrackingDefaults.LocalePrefix + "Admin.Members.Search.InvalidValue",
            () => MemberSearchModelValidator.Validate(searchModel, out filter));
        if (error.Length > 0)
            return BadRequest(new { error });

        return Json(await _memberModelFactory.PrepareMemberListModelAsync(searchModel, filter));
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Promotions.AFFILIATES_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> Approve(MemberDecisionModel model) =>
        await DecideAsync(() => _memberService.ApproveAsync(model?.Id ?? 0, model?.ExistingAffiliateId ?? 0, model?.AdminNote));

    [HttpPost]
    [CheckPermission(StandardPermission.Promotions.AFFILIATES_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> Reject(MemberDecisionModel model) =>
        await DecideAsync(() => _memberService.RejectAsync(model?.Id ?? 0, model?.AdminNote));

    [HttpPost]
    [CheckPermission(StandardPermission.Promotions.AFFILIATES_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> Suspend(MemberDecisionModel model) =>
        await DecideAsync(() => _memberService.SuspendAsync(model?.Id ?? 0, model?.AdminNote));

    [HttpPost]
    [CheckPermission(StandardPermission.Promotions.AFFILIATES_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> Reinstate(MemberDecisionModel model) =>
        await DecideAsync(() => _memberService.ReinstateAsync(model?.Id ?? 0, model?.AdminNote));

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

    // The grid's row buttons post with ajax: the answer is JSON the page shows above the grid before it reloads the grid.
    // A value the binder could not read (an affiliate id that is not a number) is refused rather than taken as "none".
    private async Task<IActionResult> DecideAsync(Func<Task<MemberResult>> decide)
    {
        if (!ModelState.IsValid)
        {
            var keys = ModelState.Where(entry => entry.Value.Errors.Count > 0).Select(entry => entry.Key);
            var unreadable = new List<string>();
            foreach (var key in keys)
                unreadable.Add(string.Format(await ResourceAsync("Admin.Members.Search.InvalidValue"), key));
            return Json(new { success = false, error = string.Join(" ", unreadable) });
        }

        var result = await decide();
        if (result.Success)
            return Json(new { success = true, message = await ResourceAsync("Admin.Members.Updated") });

        var errors = new List<string>();
        foreach (var key in result.ErrorResourceKeys)
            errors.Add(await _localizationService.GetResourceAsync(key));
        if (errors.Count == 0)
            errors.Add(await ResourceAsync("Admin.Members.Failed"));

        return Json(new { success = false, error = string.Join(" ", errors) });
    }

    private Task<string> ResourceAsync(string key) => _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + key);
}
