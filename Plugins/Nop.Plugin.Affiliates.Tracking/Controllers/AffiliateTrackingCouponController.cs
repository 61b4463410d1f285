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
    public async Task<IActionResult> Coupons(int templateId = 0, int page = 1, int jobId = 0)
    {
        var model = await _couponModelFactory.PrepareAffiliateCouponPageModelAsync(templateDiscountId: templateId, pageNumber: page, jobId: jobId);

        return View(ViewPath, model);
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
    public async Task<IActionResult> Deactivate(int id, int templateId = 0, int page = 1)
    {
        var result = await _couponService.DeactivateAsync(id);
        await NotifyAsync(result, "Notifications.CouponDeactivated");

        return RedirectToRoute(AffiliateTrackingDefaults.CouponsRouteName, new { templateId, page });
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Promotions.AFFILIATES_CREATE_EDIT_DELETE)]
    [CheckPermission(StandardPermission.Promotions.DISCOUNTS_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> Regenerate(int id, int templateId = 0, int page = 1)
    {
        var result = await _couponService.RegenerateAsync(id);
        await NotifyAsync(result, "Notifications.CouponRegenerated");

        return RedirectToRoute(AffiliateTrackingDefaults.CouponsRouteName, new { templateId, page });
    }

    private async Task NotifyAsync(CouponResult result, string successResource)
    {
        if (result.Success)
            _notificationService.SuccessNotification(string.Format(
                await _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + successResource), result.Coupon.CouponCode));
        else
            _notificationService.ErrorNotification(await _localizationService.GetResourceAsync(result.ErrorResourceKey));
    }

    private async Task AddErrorAsync(string propertyName, string resourceKey, object[] arguments) =>
        ModelState.AddModelError(Key(propertyName), string.Format(await _localizationService.GetResourceAsync(resourceKey), arguments));

    // The form's fields are named Generation.X on the page.
    private static string Key(string propertyName) =>
        string.IsNullOrEmpty(propertyName) ? string.Empty : nameof(AffiliateCouponPageModel.Generation) + "." + propertyName;
}
