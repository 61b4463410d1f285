using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core;
using Nop.Plugin.Affiliates.Tracking.Models.Admin;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Services.Configuration;
using Nop.Services.Localization;

namespace Nop.Plugin.Affiliates.Tracking.Factories;

public class AffiliateTrackingSettingsModelFactory : IAffiliateTrackingSettingsModelFactory
{
    private readonly ILocalizationService _localizationService;
    private readonly ISettingService _settingService;
    private readonly IStoreContext _storeContext;

    public AffiliateTrackingSettingsModelFactory(ILocalizationService localizationService, ISettingService settingService, IStoreContext storeContext)
    {
        _localizationService = localizationService;
        _settingService = settingService;
        _storeContext = storeContext;
    }

    /// <inheritdoc />
    public async Task<ConfigurationModel> PrepareConfigurationModelAsync(ConfigurationModel model = null)
    {
        // Store scope (issue 7): the values of the store chosen in the admin's store selector (shared values where it has none).
        var storeScope = await _storeContext.GetActiveStoreScopeConfigurationAsync();
        if (model is null)
        {
            var settings = await _settingService.LoadSettingAsync<AffiliateTrackingSettings>(storeScope);
            model = new ConfigurationModel
            {
                Enabled = settings.Enabled,
                AttributionWindowDays = settings.AttributionWindowDays,
                AttributionModelId = (int)settings.AttributionModel,
                ReferralParameterName = settings.ReferralParameterName,
                ShortLinkPrefix = settings.ShortLinkPrefix,
                TrackCoreAffiliateLinks = settings.TrackCoreAffiliateLinks,
                AllowedExternalHosts = string.Join(Environment.NewLine, settings.AllowedExternalHosts ?? new List<string>()),
                CommissionTypeId = (int)settings.CommissionType,
                CommissionPercentage = settings.CommissionPercentage,
                CommissionFixedAmount = settings.CommissionFixedAmount,
                HoldPeriodDays = settings.HoldPeriodDays,
                MinimumPayoutAmount = settings.MinimumPayoutAmount,
                DeleteDataOnUninstall = settings.DeleteDataOnUninstall,
                // Program membership and its e-mails (issue 7)
                AutoApproveApplications = settings.AutoApproveApplications,
                NotifyStoreOwnerOfApplications = settings.NotifyStoreOwnerOfApplications,
                NotifyApplicantOfApplication = settings.NotifyApplicantOfApplication,
                NotifyAffiliateOfApproval = settings.NotifyAffiliateOfApproval,
                NotifyAffiliateOfPayout = settings.NotifyAffiliateOfPayout,
                // Postbacks (issue 6)
                PostbacksEnabled = settings.PostbacksEnabled,
                PostbackUrlTemplate = settings.PostbackUrlTemplate,
                PostbackAllowHttp = settings.PostbackAllowHttp,
                // The ledger's settings (issue 6)
                LifetimeCommissionModeId = (int)settings.LifetimeCommissionMode,
                LifetimeCommissionMonths = settings.LifetimeCommissionMonths,
                LedgerReconcileDays = settings.LedgerReconcileDays
            };
            if (storeScope > 0)
                await PrepareOverrideFlagsAsync(model, settings, storeScope);
        }

        model.ActiveStoreScopeConfiguration = storeScope;

        // Postbacks (issue 6): the secret is always read from the settings, whatever was posted.
        model.PostbackSigningSecret = (await _settingService.LoadSettingAsync<AffiliateTrackingSettings>()).PostbackSigningSecret;

        model.AvailableAttributionModels = await PrepareEnumItemsAsync<AttributionModel>(model.AttributionModelId);
        model.AvailableCommissionTypes = await PrepareEnumItemsAsync<CommissionType>(model.CommissionTypeId);
        model.AvailableLifetimeCommissionModes = await PrepareEnumItemsAsync<LifetimeCommissionMode>(model.LifetimeCommissionModeId);

        return model;
    }

    // Store scope (issue 7): ticked where the store has a value of its own. The installation-wide settings have no flag.
    private async Task PrepareOverrideFlagsAsync(ConfigurationModel model, AffiliateTrackingSettings settings, int storeId)
    {
        model.Enabled_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.Enabled, storeId);
        model.AttributionWindowDays_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.AttributionWindowDays, storeId);
        model.AttributionModelId_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.AttributionModel, storeId);
        model.ReferralParameterName_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.ReferralParameterName, storeId);
        model.ShortLinkPrefix_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.ShortLinkPrefix, storeId);
        model.TrackCoreAffiliateLinks_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.TrackCoreAffiliateLinks, storeId);
        model.AllowedExternalHosts_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.AllowedExternalHosts, storeId);
        model.CommissionTypeId_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.CommissionType, storeId);
        model.CommissionPercentage_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.CommissionPercentage, storeId);
        model.CommissionFixedAmount_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.CommissionFixedAmount, storeId);
        model.HoldPeriodDays_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.HoldPeriodDays, storeId);
        model.LifetimeCommissionModeId_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.LifetimeCommissionMode, storeId);
        model.LifetimeCommissionMonths_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.LifetimeCommissionMonths, storeId);
        model.AutoApproveApplications_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.AutoApproveApplications, storeId);
        model.NotifyStoreOwnerOfApplications_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.NotifyStoreOwnerOfApplications, storeId);
        model.NotifyApplicantOfApplication_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.NotifyApplicantOfApplication, storeId);
        model.NotifyAffiliateOfApproval_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.NotifyAffiliateOfApproval, storeId);
    }

    // The plugin's own enum resources, so uninstall can remove them with the rest of its strings.
    private async Task<IList<SelectListItem>> PrepareEnumItemsAsync<TEnum>(int selectedValue) where TEnum : struct, Enum
    {
        var items = new List<SelectListItem>();
        foreach (var value in Enum.GetValues<TEnum>())
        {
            var key = $"{AffiliateTrackingDefaults.LocalePrefix}Enums.{typeof(TEnum).Name}.{value}";
            var id = Convert.ToInt32(value);
            items.Add(new SelectListItem(await _localizationService.GetResourceAsync(key), id.ToString(), id == selectedValue));
        }

        return items;
    }
}
