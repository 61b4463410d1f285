using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Affiliates.Tracking.Factories;
using Nop.Plugin.Affiliates.Tracking.Models.Admin;
using Nop.Plugin.Affiliates.Tracking.Services.Coupons;
using Nop.Plugin.Affiliates.Tracking.Validators;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Security;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;
using static Nop.Web.Framework.Mvc.Filters.CheckPermissionAttribute;

namespace Nop.Plugin.Affiliates.Tracking.Controllers;

/// <summary>
/// Promotions → Affiliate program → Affiliate coupons. Writing creates and changes discounts, so it needs both the
/// affiliates and the discounts edit permissions.
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class AffiliateTrackingCouponController : BasePluginController
{
    private const string ViewPath = AffiliateTrackingDefaults.ViewRoot + "Admin/Coupons.cshtml";

    private readonly IAffiliateCouponModelFactory _couponModelFactory;
    private readonly IAffiliateCouponService _couponService;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;

    public AffiliateTrackingCouponController(IAffiliateCouponModelFactory couponModelFactory,
        IAffiliateCouponService couponService,
        ILocalizationService localizationService,
        INotificationService notificationService)
    {
        _couponModelFactory = couponModelFactory;
        _couponService = couponService;
        _localizationService = localizationService;
        _notificationService = notificationService;
    }

    [CheckPermission(StandardPermission.Promotions.AFFILIATES_VIEW)]
    public async Task<IActionResult> Coupons(int templateId = 0, int jobId = 0)
    {
        // templateId only preselects the grid's filter; the grid's list endpoint validates it like any other search.
        var model = await _couponModelFactory.PrepareAffiliateCouponPageModelAsync(templateDiscountId: templateId, jobId: jobId);

        return View(ViewPath, model);
    }

    // The generated-codes grid's data source (DataTables posts draw/start/length and the filter): one page as JSON, or
    // 400 with a message when a value cannot be read or is out of range.
    [HttpPost]
    [CheckPermission(StandardPermission.Promotions.AFFILIATES_VIEW)]
    public async Task<IActionResult> CouponList(AffiliateCouponSearchModel searchModel)
    {
        searchModel ??= new AffiliateCouponSearchModel();
        var templateDiscountId = 0;
        var error = await GridRequestErrors.DescribeAsync(ModelState, _localizationService, AffiliateTrackingDefaults.LocalePrefix + "Admin.Coupons.Search.InvalidValue",
            () => CouponSearchModelValidator.Validate(searchModel, out templateDiscountId));
        if (error.Length > 0)
            return BadRequest(new { error });

        return Json(await _couponModelFactory.PrepareCouponListModelAsync(searchModel, templateDiscountId));
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Promotions.AFFILIATES_CREATE_EDIT_DELETE)]
    [CheckPermission(StandardPermission.Promotions.DISCOUNTS_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> Generate([Bind(Prefix = nameof(AffiliateCouponPageModel.Generation))] CouponGenerationModel model)
    {
        // Model binding errors (a date that is no date, say) are shown, but the form's own rules decide what is refused.
        var errors = CouponGenerationModelValidator.Validate(model, await _couponModelFactory.PrepareAffiliateKeysAsync(), out var request);
        foreach (var error in errors)
            await AddErrorAsync(error.PropertyName, error.ResourceKey, error.Arguments);

        if (ModelState.IsValid && request is not null)
        {
            var result = await _couponService.StartGenerationAsync(request);
            if (result.Success)
            {
                _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + "Notifications.CouponGenerationStarted"));
                return RedirectToRoute(AffiliateTrackingDefaults.CouponsRouteName, new { jobId = result.Job.Id, templateId = result.Job.TemplateDiscountId });
            }

            var names = await _couponModelFactory.PrepareAffiliateNamesAsync(result.Problems.Where(p => p.AffiliateId > 0).Select(p => p.AffiliateId));
            foreach (var problem in result.Problems)
            {
                var message = await _localizationService.GetResourceAsync(problem.ResourceKey);
                if (problem.AffiliateId > 0)
                    message = string.Format(await _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + "Admin.Coupons.AffiliateProblem"),
                        names[problem.AffiliateId], message);
                ModelState.AddModelError(Key(CouponGenerationModelValidator.PropertyFor(problem, request.Pattern)), message);
            }
        }

        var page = await _couponModelFactory.PrepareAffiliateCouponPageModelAsync(model);
        return View(ViewPath, page);
    }

    /// <summary>
    /// Runs the next batch of a generation run and answers its progress as JSON; the page calls it until Completed.
    /// Calling it again for a completed run changes nothing.
    /// </summary>
    [HttpPost]
    [CheckPermission(StandardPermission.Promotions.AFFILIATES_CREATE_EDIT_DELETE, CheckPermissionResultType.Json)]
    [CheckPermission(StandardPermission.Promotions.DISCOUNTS_CREATE_EDIT_DELETE, CheckPermissionResultType.Json)]
    public async Task<IActionResult> ProcessBatch(int jobId, int batchSize = AffiliateTrackingDefaults.DefaultCouponBatchSize)
    {
        batchSize = Math.Clamp(batchSize, 1, AffiliateTrackingDefaults.MaxCouponBatchSize);
        var job = await _couponService.ProcessNextBatchAsync(jobId, batchSize);
        if (job is null)
            return NotFound(new { error = await _localizationService.GetResourceAsync(CouponErrors.ResourceKey(CouponError.JobNotFound)) });

        return Json(await _couponModelFactory.PrepareCouponJobModelAsync(job));
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Promotions.AFFILIATES_CREATE_EDIT_DELETE)]
    [CheckPermission(StandardPermission.Promotions.DISCOUNTS_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> SyncFromTemplate(int templateDiscountId)
    {
        var updated = await _couponService.SyncFromTemplateAsync(templateDiscountId);
        _notificationService.SuccessNotification(string.Format(
            await _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + "Notifications.CouponsSynced"), updated));

        return RedirectToRoute(AffiliateTrackingDefaults.CouponsRouteName, new { templateId = templateDiscountId });
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Promotions.AFFILIATES_CREATE_EDIT_DELETE)]
    [CheckPermission(StandardPermission.Promotions.DISCOUNTS_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> Deactivate(int id, int templateId = 0) =>
        await ChangeCouponAsync(() => _couponService.DeactivateAsync(id), "Notifications.CouponDeactivated", templateId);

    [HttpPost]
    [CheckPermission(StandardPermission.Promotions.AFFILIATES_CREATE_EDIT_DELETE)]
    [CheckPermission(StandardPermission.Promotions.DISCOUNTS_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> Regenerate(int id, int templateId = 0) =>
        await ChangeCouponAsync(() => _couponService.RegenerateAsync(id), "Notifications.CouponRegenerated", templateId);

    // The grid's row buttons post with ajax and get JSON the page shows above the grid before it reloads the grid; a plain
    // form post (no script) still gets the notification and the page back. An id the binder could not read is refused.
    private async Task<IActionResult> ChangeCouponAsync(Func<Task<CouponResult>> change, string successResource, int templateId)
    {
        var ajax = string.Equals(Request.Headers.XRequestedWith, "XMLHttpRequest", StringComparison.OrdinalIgnoreCase);
        if (!ModelState.IsValid)
        {
            var message = string.Format(await _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + "Admin.Coupons.Search.InvalidValue"),
                string.Join(", ", ModelState.Where(entry => entry.Value.Errors.Count > 0).Select(entry => entry.Key)));
            if (ajax)
                return Json(new { success = false, error = message });
            _notificationService.ErrorNotification(message);
            return RedirectToRoute(AffiliateTrackingDefaults.CouponsRouteName, new { templateId });
        }

        var result = await change();
        var text = result.Success
            ? string.Format(await _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + successResource), result.Coupon.CouponCode)
            : await _localizationService.GetResourceAsync(result.ErrorResourceKey);
        if (ajax)
            return result.Success ? Json(new { success = true, message = text }) : Json(new { success = false, error = text });

        if (result.Success)
            _notificationService.SuccessNotification(text);
        else
            _notificationService.ErrorNotification(text);

        return RedirectToRoute(AffiliateTrackingDefaults.CouponsRouteName, new { templateId });
    }

    private async Task AddErrorAsync(string propertyName, string resourceKey, object[] arguments) =>
        ModelState.AddModelError(Key(propertyName), string.Format(await _localizationService.GetResourceAsync(resourceKey), arguments));

    // The form's fields are named Generation.X on the page.
    private static string Key(string propertyName) =>
        string.IsNullOrEmpty(propertyName) ? string.Empty : nameof(AffiliateCouponPageModel.Generation) + "." + propertyName;
}
