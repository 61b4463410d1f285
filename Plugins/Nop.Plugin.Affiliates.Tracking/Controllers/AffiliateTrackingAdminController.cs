using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Affiliates.Tracking.Factories;
using Nop.Plugin.Affiliates.Tracking.Models.Admin;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Validators;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Security;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Affiliates.Tracking.Controllers;

[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class AffiliateTrackingAdminController : BasePluginController
{
    private readonly IAffiliateTrackingSettingsModelFactory _settingsModelFactory;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly ISettingService _settingService;

    public AffiliateTrackingAdminController(IAffiliateTrackingSettingsModelFactory settingsModelFactory,
        ILocalizationService localizationService,
        INotificationService notificationService,
        ISettingService settingService)
    {
        _settingsModelFactory = settingsModelFactory;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _settingService = settingService;
    }

    [CheckPermission(StandardPermission.Promotions.AFFILIATES_VIEW)]
    public async Task<IActionResult> Configure()
    {
        var model = await _settingsModelFactory.PrepareConfigurationModelAsync();

        return View(AffiliateTrackingDefaults.ViewRoot + "Admin/Configure.cshtml", model);
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Promotions.AFFILIATES_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> Configure(ConfigurationModel model)
    {
        var errors = ConfigurationModelValidator.Validate(model, out var allowedHosts);
        foreach (var error in errors)
        {
            var message = await _localizationService.GetResourceAsync(error.ResourceKey);
            ModelState.AddModelError(error.PropertyName, string.Format(message, error.Arguments));
        }

        if (!ModelState.IsValid)
            return View(AffiliateTrackingDefaults.ViewRoot + "Admin/Configure.cshtml", await _settingsModelFactory.PrepareConfigurationModelAsync(model));

        var settings = await _settingService.LoadSettingAsync<AffiliateTrackingSettings>();
        settings.Enabled = model.Enabled;
        settings.AttributionWindowDays = model.AttributionWindowDays;
        settings.AttributionModel = (AttributionModel)model.AttributionModelId;
        settings.ReferralParameterName = model.ReferralParameterName;
        settings.ShortLinkPrefix = model.ShortLinkPrefix;
        settings.TrackCoreAffiliateLinks = model.TrackCoreAffiliateLinks;
        settings.AllowedExternalHosts = allowedHosts;
        settings.CommissionType = (CommissionType)model.CommissionTypeId;
        settings.CommissionPercentage = model.CommissionPercentage;
        settings.CommissionFixedAmount = model.CommissionFixedAmount;
        settings.HoldPeriodDays = model.HoldPeriodDays;
        settings.MinimumPayoutAmount = model.MinimumPayoutAmount;
        settings.DeleteDataOnUninstall = model.DeleteDataOnUninstall;
        // Program membership and its e-mails (issue 7)
        settings.AutoApproveApplications = model.AutoApproveApplications;
        settings.NotifyStoreOwnerOfApplications = model.NotifyStoreOwnerOfApplications;
        settings.NotifyApplicantOfApplication = model.NotifyApplicantOfApplication;
        settings.NotifyAffiliateOfApproval = model.NotifyAffiliateOfApproval;
        settings.NotifyAffiliateOfPayout = model.NotifyAffiliateOfPayout;

        // Postbacks (issue 6)
        settings.PostbacksEnabled = model.PostbacksEnabled;
        settings.PostbackUrlTemplate = string.IsNullOrWhiteSpace(model.PostbackUrlTemplate) ? null : model.PostbackUrlTemplate.Trim();
        settings.PostbackAllowHttp = model.PostbackAllowHttp;
        if (model.RegeneratePostbackSigningSecret || string.IsNullOrEmpty(settings.PostbackSigningSecret))
            settings.PostbackSigningSecret = PostbackSignature.NewSecret();
        // The ledger's settings (issue 6)
        settings.LifetimeCommissionMode = (LifetimeCommissionMode)model.LifetimeCommissionModeId;
        settings.LifetimeCommissionMonths = model.LifetimeCommissionMonths;
        settings.LedgerReconcileDays = model.LedgerReconcileDays;
        await _settingService.SaveSettingAsync(settings);

        _notificationService.SuccessNotification(
            await _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + "Notifications.SettingsSaved"));

        return RedirectToAction(nameof(Configure));
    }
}
