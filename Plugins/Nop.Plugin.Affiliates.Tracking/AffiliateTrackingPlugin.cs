using Nop.Plugin.Affiliates.Tracking.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Services.Common;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Plugins;
using Nop.Services.Security;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Affiliates.Tracking;

/// <summary>
/// The affiliate program plugin: per-affiliate coupons, share links with an attribution window, and a commission ledger.
/// </summary>
public class AffiliateTrackingPlugin : BasePlugin, IMiscPlugin
{
    private readonly ILocalizationService _localizationService;
    private readonly INopUrlHelper _nopUrlHelper;
    private readonly IPermissionService _permissionService;
    private readonly ISettingService _settingService;

    public AffiliateTrackingPlugin(ILocalizationService localizationService,
        INopUrlHelper nopUrlHelper,
        IPermissionService permissionService,
        ISettingService settingService)
    {
        _localizationService = localizationService;
        _nopUrlHelper = nopUrlHelper;
        _permissionService = permissionService;
        _settingService = settingService;
    }

    /// <inheritdoc />
    public override string GetConfigurationPageUrl() => _nopUrlHelper.RouteUrl(AffiliateTrackingDefaults.ConfigurationRouteName);

    /// <inheritdoc />
    public override async Task InstallAsync()
    {
        // Tables come from Data/Migrations/SchemaMigration, which nopCommerce applies before this runs;
        // the permission comes from AffiliateTrackingPermissionConfigManager at startup.
        await _settingService.SaveSettingAsync(new AffiliateTrackingSettings { IpHashSalt = IpAddressHasher.NewSalt() });
        await _localizationService.AddOrUpdateLocaleResourceAsync(ToDictionary(AffiliateTrackingLocales.Resources));

        await base.InstallAsync();
    }

    /// <inheritdoc />
    public override async Task UpdateAsync(string currentVersion, string targetVersion)
    {
        // Loading fills settings added since the installed version with their defaults; saving stores them.
        var settings = await _settingService.LoadSettingAsync<AffiliateTrackingSettings>();
        if (string.IsNullOrEmpty(settings.IpHashSalt))
            settings.IpHashSalt = IpAddressHasher.NewSalt();
        await _settingService.SaveSettingAsync(settings);
        await _localizationService.AddOrUpdateLocaleResourceAsync(ToDictionary(AffiliateTrackingLocales.Resources));

        await base.UpdateAsync(currentVersion, targetVersion);
    }

    /// <inheritdoc />
    public override async Task UninstallAsync()
    {
        var settings = await _settingService.LoadSettingAsync<AffiliateTrackingSettings>();

        // nopCommerce runs the schema migration's Down after this method; the flag tells it whether to drop the tables.
        if (settings.DeleteDataOnUninstall)
            await _settingService.SetSettingAsync(AffiliateTrackingDefaults.DropTablesOnUninstallSettingKey, true);

        await _settingService.DeleteSettingAsync<AffiliateTrackingSettings>();
        await _localizationService.DeleteLocaleResourcesAsync(AffiliateTrackingDefaults.LocalePrefix);
        await _permissionService.DeletePermissionAsync(AffiliateTrackingPermissionConfigManager.ManagePayouts);

        await base.UninstallAsync();
    }

    private static Dictionary<string, string> ToDictionary(IReadOnlyDictionary<string, string> resources) => new(resources);
}
