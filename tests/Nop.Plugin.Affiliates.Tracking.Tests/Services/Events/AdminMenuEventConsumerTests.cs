using Moq;
using Nop.Plugin.Affiliates.Tracking.Services.Events;
using Nop.Services.Common;
using Nop.Services.Localization;
using Nop.Services.Plugins;
using Nop.Services.Security;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Menu;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Events;

[TestFixture]
public class AdminMenuEventConsumerTests
{
    private Mock<IPluginManager<IMiscPlugin>> _pluginManager;
    private AdminMenuEventConsumer _consumer;

    [SetUp]
    public void SetUp()
    {
        var localizationService = new Mock<ILocalizationService>();
        localizationService.Setup(s => s.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => key);
        _pluginManager = new Mock<IPluginManager<IMiscPlugin>>();
        _consumer = new AdminMenuEventConsumer(localizationService.Object, _pluginManager.Object);
    }

    private static AdminMenuItem CoreMenu() => new()
    {
        SystemName = "Home",
        ChildNodes = new List<AdminMenuItem>
        {
            new() { SystemName = "Sales", ChildNodes = new List<AdminMenuItem>() },
            new()
            {
                SystemName = "Promotions",
                ChildNodes = new List<AdminMenuItem>
                {
                    new() { SystemName = "Discounts", ChildNodes = new List<AdminMenuItem>() },
                    new() { SystemName = "Affiliates", ChildNodes = new List<AdminMenuItem>() },
                    new() { SystemName = "Newsletter subscriptions", ChildNodes = new List<AdminMenuItem>() }
                }
            }
        }
    };

    private static Mock<AdminMenuCreatedEvent> MenuEvent(AdminMenuItem root)
    {
        var menuEvent = new Mock<AdminMenuCreatedEvent>(Mock.Of<IAdminMenu>(), root);
        menuEvent.Setup(e => e.GetMenuItemUrl(It.IsAny<string>(), It.IsAny<string>()))
            .Returns((string controller, string action) => $"/Admin/{controller}/{action}");
        return menuEvent;
    }

    [Test]
    public async Task HandleEventAsync_PluginInstalled_AddsProgramAfterCoreAffiliates()
    {
        _pluginManager.Setup(m => m.LoadPluginBySystemNameAsync(AffiliateTrackingDefaults.SystemName, null, 0))
            .ReturnsAsync(Mock.Of<IMiscPlugin>());
        var root = CoreMenu();

        await _consumer.HandleEventAsync(MenuEvent(root).Object);

        var promotions = root.ChildNodes[1].ChildNodes;
        Assert.That(promotions.Select(i => i.SystemName),
            Is.EqualTo(new[] { "Discounts", "Affiliates", AffiliateTrackingDefaults.AdminMenuSystemName, "Newsletter subscriptions" }));
        var program = promotions[2];
        Assert.That(program.PermissionNames, Is.EqualTo(new[] { StandardPermission.Promotions.AFFILIATES_VIEW }));
        Assert.That(program.ChildNodes.Select(i => (i.SystemName, i.Url)), Is.EqualTo(new[]
        {
            (AffiliateTrackingDefaults.AdminMenuSystemName + ".Settings", "/Admin/AffiliateTrackingAdmin/Configure"),
            (AffiliateTrackingDefaults.CouponsMenuSystemName, "/Admin/AffiliateTrackingCoupon/Coupons"),
            (AffiliateTrackingDefaults.MembersMenuSystemName, "/Admin/AffiliateTrackingMember/List"),
            (AffiliateTrackingDefaults.AdminMenuSystemName + ".Links", "/Admin/AffiliateTrackingLink/Links"),
            (AffiliateTrackingDefaults.AdminMenuSystemName + ".Conversions", "/Admin/AffiliateTrackingConversion/Conversions"),
            (AffiliateTrackingDefaults.PayoutsMenuSystemName, "/Admin/AffiliateTrackingPayout/Payouts")
        }));
        Assert.That(program.ChildNodes.Select(i => i.PermissionNames.Single()), Has.All.EqualTo(StandardPermission.Promotions.AFFILIATES_VIEW));
        Assert.That(program.Title, Is.EqualTo("Plugins.Affiliates.Tracking.Admin.Menu.Program"));
    }

    [Test]
    public async Task HandleEventAsync_PluginInstalled_AddsConversionsReportWithViewPermission()
    {
        _pluginManager.Setup(m => m.LoadPluginBySystemNameAsync(AffiliateTrackingDefaults.SystemName, null, 0))
            .ReturnsAsync(Mock.Of<IMiscPlugin>());
        var root = CoreMenu();

        await _consumer.HandleEventAsync(MenuEvent(root).Object);

        var program = root.ChildNodes[1].ChildNodes.Single(i => i.SystemName == AffiliateTrackingDefaults.AdminMenuSystemName);
        var conversions = program.ChildNodes.Single(i => i.SystemName == AffiliateTrackingDefaults.AdminMenuSystemName + ".Conversions");
        Assert.That(conversions.Url, Is.EqualTo("/Admin/AffiliateTrackingConversion/Conversions"));
        Assert.That(conversions.PermissionNames, Is.EqualTo(new[] { StandardPermission.Promotions.AFFILIATES_VIEW }));
        Assert.That(conversions.Title, Is.EqualTo("Plugins.Affiliates.Tracking.Admin.Menu.Conversions"));
    }

    [Test]
    public async Task HandleEventAsync_PluginInstalled_AddsPayoutsWithViewPermission()
    {
        _pluginManager.Setup(m => m.LoadPluginBySystemNameAsync(AffiliateTrackingDefaults.SystemName, null, 0))
            .ReturnsAsync(Mock.Of<IMiscPlugin>());
        var root = CoreMenu();

        await _consumer.HandleEventAsync(MenuEvent(root).Object);

        var program = root.ChildNodes[1].ChildNodes.Single(i => i.SystemName == AffiliateTrackingDefaults.AdminMenuSystemName);
        var payouts = program.ChildNodes.Single(i => i.SystemName == AffiliateTrackingDefaults.PayoutsMenuSystemName);
        Assert.That(payouts.Url, Is.EqualTo("/Admin/AffiliateTrackingPayout/Payouts"));
        Assert.That(payouts.PermissionNames, Is.EqualTo(new[] { StandardPermission.Promotions.AFFILIATES_VIEW }));
        Assert.That(payouts.Title, Is.EqualTo("Plugins.Affiliates.Tracking.Admin.Menu.Payouts"));
    }

    [Test]
    public async Task HandleEventAsync_PluginNotInstalled_LeavesMenuAlone()
    {
        var root = CoreMenu();

        await _consumer.HandleEventAsync(MenuEvent(root).Object);

        Assert.That(root.ChildNodes[1].ChildNodes, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task HandleEventAsync_DeliveredTwice_AddsProgramOnce()
    {
        _pluginManager.Setup(m => m.LoadPluginBySystemNameAsync(AffiliateTrackingDefaults.SystemName, null, 0))
            .ReturnsAsync(Mock.Of<IMiscPlugin>());
        var root = CoreMenu();
        var menuEvent = MenuEvent(root).Object;

        await _consumer.HandleEventAsync(menuEvent);
        await _consumer.HandleEventAsync(menuEvent);

        Assert.That(root.ChildNodes[1].ChildNodes.Count(i => i.SystemName == AffiliateTrackingDefaults.AdminMenuSystemName), Is.EqualTo(1));
    }
}
