using Microsoft.AspNetCore.Mvc;
using Nop.Core;
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
    private readonly IStoreContext _storeContext;

    public AffiliateTrackingAdminController(IAffiliateTrackingSettingsModelFactory settingsModelFactory,
        ILocalizationService localizationService,
        INotificationService notificationService,
        ISettingService settingService,
        IStoreContext storeContext)
    {
        _settingsModelFactory = settingsModelFactory;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _settingService = settingService;
        _storeContext = storeContext;
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
        // Store scope (issue 7): load the chosen store's values; the browser does not post the fields that store does not
        // override (it disables them), so those keep the shared values and are validated as such.
        var storeScope = await _storeContext.GetActiveStoreScopeConfigurationAsync();
        var settings = await _settingService.LoadSettingAsync<AffiliateTrackingSettings>(storeScope);
        if (storeScope > 0)
            KeepSharedValues(model, settings);

        var errors = ConfigurationModelValidator.Validate(model, out var allowedHosts);
        foreach (var error in errors)
        {
            var message = await _localizationService.GetResourceAsync(error.ResourceKey);
            ModelState.AddModelError(error.PropertyName, string.Format(message, error.Arguments));
        }

        if (!ModelState.IsValid)
            return View(AffiliateTrackingDefaults.ViewRoot + "Admin/Configure.cshtml", await _settingsModelFactory.PrepareConfigurationModelAsync(model));

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
        await SaveAsync(settings, model, storeScope);

        _notificationService.SuccessNotification(
            await _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + "Notifications.SettingsSaved"));

        return RedirectToAction(nameof(Configure));
    }

    /// <remarks>
    /// Per store: what shapes a store's storefront and its orders (attribution, links, commission rules, hold period,
    /// lifetime commissions, applications and their e-mails), read with the store of the request or of the order.
    /// Installation-wide (saved for all stores, no override checkbox): what schedule tasks and payouts read without a
    /// store (minimum payout and its e-mail, reconciliation period, postbacks and their secret), and uninstall's data choice.
    /// </remarks>
    private async Task SaveAsync(AffiliateTrackingSettings settings, ConfigurationModel model, int storeScope)
    {
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.Enabled, model.Enabled_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.AttributionWindowDays, model.AttributionWindowDays_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.AttributionModel, model.AttributionModelId_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.ReferralParameterName, model.ReferralParameterName_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.ShortLinkPrefix, model.ShortLinkPrefix_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.TrackCoreAffiliateLinks, model.TrackCoreAffiliateLinks_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.AllowedExternalHosts, model.AllowedExternalHosts_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.CommissionType, model.CommissionTypeId_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.CommissionPercentage, model.CommissionPercentage_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.CommissionFixedAmount, model.CommissionFixedAmount_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.HoldPeriodDays, model.HoldPeriodDays_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.LifetimeCommissionMode, model.LifetimeCommissionModeId_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.LifetimeCommissionMonths, model.LifetimeCommissionMonths_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.AutoApproveApplications, model.AutoApproveApplications_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.NotifyStoreOwnerOfApplications, model.NotifyStoreOwnerOfApplications_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.NotifyApplicantOfApplication, model.NotifyApplicantOfApplication_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.NotifyAffiliateOfApproval, model.NotifyAffiliateOfApproval_OverrideForStore, storeScope, false);

        await _settingService.SaveSettingAsync(settings, x => x.MinimumPayoutAmount, 0, false);
        await _settingService.SaveSettingAsync(settings, x => x.NotifyAffiliateOfPayout, 0, false);
        await _settingService.SaveSettingAsync(settings, x => x.LedgerReconcileDays, 0, false);
        await _settingService.SaveSettingAsync(settings, x => x.DeleteDataOnUninstall, 0, false);
        await _settingService.SaveSettingAsync(settings, x => x.PostbacksEnabled, 0, false);
        await _settingService.SaveSettingAsync(settings, x => x.PostbackUrlTemplate, 0, false);
        await _settingService.SaveSettingAsync(settings, x => x.PostbackAllowHttp, 0, false);
        await _settingService.SaveSettingAsync(settings, x => x.PostbackSigningSecret, 0, false);

        await _settingService.ClearCacheAsync();
    }

    private static void KeepSharedValues(ConfigurationModel model, AffiliateTrackingSettings settings)
    {
        if (!model.Enabled_OverrideForStore)
            model.Enabled = settings.Enabled;
        if (!model.AttributionWindowDays_OverrideForStore)
            model.AttributionWindowDays = settings.AttributionWindowDays;
        if (!model.AttributionModelId_OverrideForStore)
            model.AttributionModelId = (int)settings.AttributionModel;
        if (!model.ReferralParameterName_OverrideForStore)
            model.ReferralParameterName = settings.ReferralParameterName;
        if (!model.ShortLinkPrefix_OverrideForStore)
            model.ShortLinkPrefix = settings.ShortLinkPrefix;
        if (!model.TrackCoreAffiliateLinks_OverrideForStore)
            model.TrackCoreAffiliateLinks = settings.TrackCoreAffiliateLinks;
        if (!model.AllowedExternalHosts_OverrideForStore)
            model.AllowedExternalHosts = string.Join(Environment.NewLine, settings.AllowedExternalHosts ?? new List<string>());
        if (!model.CommissionTypeId_OverrideForStore)
            model.CommissionTypeId = (int)settings.CommissionType;
        if (!model.CommissionPercentage_OverrideForStore)
            model.CommissionPercentage = settings.CommissionPercentage;
        if (!model.CommissionFixedAmount_OverrideForStore)
            model.CommissionFixedAmount = settings.CommissionFixedAmount;
        if (!model.HoldPeriodDays_OverrideForStore)
            model.HoldPeriodDays = settings.HoldPeriodDays;
        if (!model.LifetimeCommissionModeId_OverrideForStore)
            model.LifetimeCommissionModeId = (int)settings.LifetimeCommissionMode;
        if (!model.LifetimeCommissionMonths_OverrideForStore)
            model.LifetimeCommissionMonths = settings.LifetimeCommissionMonths;
        if (!model.AutoApproveApplications_OverrideForStore)
            model.AutoApproveApplications = settings.AutoApproveApplications;
        if (!model.NotifyStoreOwnerOfApplications_OverrideForStore)
            model.NotifyStoreOwnerOfApplications = settings.NotifyStoreOwnerOfApplications;
        if (!model.NotifyApplicantOfApplication_OverrideForStore)
            model.NotifyApplicantOfApplication = settings.NotifyApplicantOfApplication;
        if (!model.NotifyAffiliateOfApproval_OverrideForStore)
            model.NotifyAffiliateOfApproval = settings.NotifyAffiliateOfApproval;
    }
}
