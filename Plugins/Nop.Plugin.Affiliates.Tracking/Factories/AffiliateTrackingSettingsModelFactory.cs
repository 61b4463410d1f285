using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Affiliates.Tracking.Models.Admin;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Services.Configuration;
using Nop.Services.Localization;

namespace Nop.Plugin.Affiliates.Tracking.Factories;

public class AffiliateTrackingSettingsModelFactory : IAffiliateTrackingSettingsModelFactory
{
    private readonly ILocalizationService _localizationService;
    private readonly ISettingService _settingService;

    public AffiliateTrackingSettingsModelFactory(ILocalizationService localizationService, ISettingService settingService)
    {
        _localizationService = localizationService;
        _settingService = settingService;
    }

    /// <inheritdoc />
    public async Task<ConfigurationModel> PrepareConfigurationModelAsync(ConfigurationModel model = null)
    {
        if (model is null)
        {
            var settings = await _settingService.LoadSettingAsync<AffiliateTrackingSettings>();
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
        }

        // Postbacks (issue 6): the secret is always read from the settings, whatever was posted.
        model.PostbackSigningSecret = (await _settingService.LoadSettingAsync<AffiliateTrackingSettings>()).PostbackSigningSecret;

        model.AvailableAttributionModels = await PrepareEnumItemsAsync<AttributionModel>(model.AttributionModelId);
        model.AvailableCommissionTypes = await PrepareEnumItemsAsync<CommissionType>(model.CommissionTypeId);
        model.AvailableLifetimeCommissionModes = await PrepareEnumItemsAsync<LifetimeCommissionMode>(model.LifetimeCommissionModeId);

        return model;
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
