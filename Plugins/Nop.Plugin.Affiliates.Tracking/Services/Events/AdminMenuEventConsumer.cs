using Nop.Services.Common;
using Nop.Services.Events;
using Nop.Services.Localization;
using Nop.Services.Plugins;
using Nop.Services.Security;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Menu;

namespace Nop.Plugin.Affiliates.Tracking.Services.Events;

/// <summary>
/// Adds "Affiliate program" under Promotions, right after the core Affiliates item.
/// </summary>
public class AdminMenuEventConsumer : IConsumer<AdminMenuCreatedEvent>
{
    private const string MenuIcon = "far fa-dot-circle";

    private readonly ILocalizationService _localizationService;
    private readonly IPluginManager<IMiscPlugin> _pluginManager;

    public AdminMenuEventConsumer(ILocalizationService localizationService, IPluginManager<IMiscPlugin> pluginManager)
    {
        _localizationService = localizationService;
        _pluginManager = pluginManager;
    }

    public async Task HandleEventAsync(AdminMenuCreatedEvent eventMessage)
    {
        // The menu can be built while the plugin is loaded but not yet installed; this returns only installed plugins.
        if (await _pluginManager.LoadPluginBySystemNameAsync(AffiliateTrackingDefaults.SystemName) is null)
            return;

        var promotions = eventMessage.RootMenuItem.ChildNodes
            .FirstOrDefault(item => item.SystemName == AffiliateTrackingDefaults.CorePromotionsMenuSystemName);
        if (promotions is null || promotions.ChildNodes.Any(item => item.SystemName == AffiliateTrackingDefaults.AdminMenuSystemName))
            return;

        var program = new AdminMenuItem
        {
            SystemName = AffiliateTrackingDefaults.AdminMenuSystemName,
            Title = await _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + "Admin.Menu.Program"),
            IconClass = MenuIcon,
            Visible = true,
            PermissionNames = new List<string> { StandardPermission.Promotions.AFFILIATES_VIEW },
            ChildNodes = new List<AdminMenuItem>
            {
                new()
                {
                    SystemName = AffiliateTrackingDefaults.AdminMenuSystemName + ".Settings",
                    Title = await _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + "Admin.Menu.Settings"),
                    Url = eventMessage.GetMenuItemUrl(AffiliateTrackingDefaults.AdminControllerName, "Configure"),
                    IconClass = MenuIcon,
                    Visible = true,
                    PermissionNames = new List<string> { StandardPermission.Promotions.AFFILIATES_VIEW }
                },
                // Affiliate coupons (issue 5)
                new()
                {
                    SystemName = AffiliateTrackingDefaults.CouponsMenuSystemName,
                    Title = await _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + "Admin.Menu.Coupons"),
                    Url = eventMessage.GetMenuItemUrl(AffiliateTrackingDefaults.CouponControllerName, "Coupons"),
                    IconClass = MenuIcon,
                    Visible = true,
                    PermissionNames = new List<string> { StandardPermission.Promotions.AFFILIATES_VIEW }
                },
                // Program membership (issue 7)
                new()
                {
                    SystemName = AffiliateTrackingDefaults.MembersMenuSystemName,
                    Title = await _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + "Admin.Menu.Members"),
                    Url = eventMessage.GetMenuItemUrl(AffiliateTrackingDefaults.MemberAdminControllerName, "List"),
                    IconClass = MenuIcon,
                    Visible = true,
                    PermissionNames = new List<string> { StandardPermission.Promotions.AFFILIATES_VIEW }
                },
                // Admin links page (issues 4/7)
                new()
                {
                    SystemName = AffiliateTrackingDefaults.AdminMenuSystemName + ".Links",
                    Title = await _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + "Admin.Menu.Links"),
                    Url = eventMessage.GetMenuItemUrl(AffiliateTrackingDefaults.LinkControllerName, "Links"),
                    IconClass = MenuIcon,
                    Visible = true,
                    PermissionNames = new List<string> { StandardPermission.Promotions.AFFILIATES_VIEW }
                }
            }
        };

        // Reports: conversions report
        program.ChildNodes.Add(new AdminMenuItem
        {
            SystemName = AffiliateTrackingDefaults.AdminMenuSystemName + ".Conversions",
            Title = await _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + "Admin.Menu.Conversions"),
            Url = eventMessage.GetMenuItemUrl(AffiliateTrackingDefaults.ConversionControllerName, "Conversions"),
            IconClass = MenuIcon,
            Visible = true,
            PermissionNames = new List<string> { StandardPermission.Promotions.AFFILIATES_VIEW }
        });

        // Payouts admin page
        program.ChildNodes.Add(new AdminMenuItem
        {
            SystemName = AffiliateTrackingDefaults.PayoutsMenuSystemName,
            Title = await _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + "Admin.Menu.Payouts"),
            Url = eventMessage.GetMenuItemUrl(AffiliateTrackingDefaults.PayoutControllerName, "Payouts"),
            IconClass = MenuIcon,
            Visible = true,
            PermissionNames = new List<string> { StandardPermission.Promotions.AFFILIATES_VIEW }
        });

        var affiliates = promotions.ChildNodes
            .Select((item, index) => (item, index))
            .FirstOrDefault(entry => entry.item.SystemName == AffiliateTrackingDefaults.CoreAffiliatesMenuSystemName);
        if (affiliates.item is null)
            promotions.ChildNodes.Add(program);
        else
            promotions.ChildNodes.Insert(affiliates.index + 1, program);
    }
}
