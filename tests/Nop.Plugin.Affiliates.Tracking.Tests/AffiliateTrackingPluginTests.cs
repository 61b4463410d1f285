using Moq;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.ScheduleTasks;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Members;
using Nop.Plugin.Affiliates.Tracking.Services.Messages;
using Nop.Services.Affiliates;
using Nop.Services.Configuration;
using Nop.Services.Discounts;
using Nop.Services.Localization;
using Nop.Services.ScheduleTasks;
using Nop.Services.Security;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Affiliates.Tracking.Tests;

[TestFixture]
public class AffiliateTrackingPluginTests
{
    private Mock<IDiscountService> _discountService;
    private Mock<IAffiliateTrackingMessageService> _messageService;
    private Mock<ILocalizationService> _localizationService;
    private Mock<INopUrlHelper> _nopUrlHelper;
    private Mock<IPermissionService> _permissionService;
    private Mock<IScheduleTaskService> _scheduleTaskService;
    private Mock<ISettingService> _settingService;
    private AffiliateTrackingPlugin _plugin;

    [SetUp]
    public void SetUp()
    {
        _discountService = new Mock<IDiscountService>();
        _discountService.Setup(s => s.GetAllDiscountRequirementsAsync(0, false)).ReturnsAsync(new List<DiscountRequirement>());
        _localizationService = new Mock<ILocalizationService>();
        _nopUrlHelper = new Mock<INopUrlHelper>();
        _permissionService = new Mock<IPermissionService>();
        _settingService = new Mock<ISettingService>();
        _scheduleTaskService = new Mock<IScheduleTaskService>();
        _messageService = new Mock<IAffiliateTrackingMessageService>();
        _plugin = new AffiliateTrackingPlugin(Mock.Of<IAffiliateMemberService>(), Mock.Of<IAffiliateService>(), _messageService.Object,
            _discountService.Object, _localizationService.Object, _nopUrlHelper.Object, _permissionService.Object, Mock.Of<IRepository<AffiliateCoupon>>(),
            _scheduleTaskService.Object, _settingService.Object);
    }

    [Test]
    public async Task InstallAsync_Always_SavesDefaultSettings()
    {
        AffiliateTrackingSettings saved = null;
        _settingService.Setup(s => s.SaveSettingAsync(It.IsAny<AffiliateTrackingSettings>(), 0))
            .Callback<AffiliateTrackingSettings, int>((settings, _) => saved = settings)
            .Returns(Task.CompletedTask);

        await _plugin.InstallAsync();

        _settingService.Verify(s => s.SaveSettingAsync(It.IsAny<AffiliateTrackingSettings>(), 0), Times.Once);
        Assert.That(saved, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(saved.Enabled, Is.True);
            Assert.That(saved.AttributionWindowDays, Is.EqualTo(30));
            Assert.That(saved.AttributionModel, Is.EqualTo(AttributionModel.LastClick));
            Assert.That(saved.ReferralParameterName, Is.EqualTo("ref"));
            Assert.That(saved.ShortLinkPrefix, Is.EqualTo("go"));
            Assert.That(saved.TrackCoreAffiliateLinks, Is.True);
            Assert.That(saved.AllowedExternalHosts, Is.Empty);
            Assert.That(saved.CommissionType, Is.EqualTo(CommissionType.PercentageOfSubtotal));
            Assert.That(saved.CommissionPercentage, Is.EqualTo(10m));
            Assert.That(saved.HoldPeriodDays, Is.EqualTo(30));
            Assert.That(saved.DeleteDataOnUninstall, Is.False);
            Assert.That(saved.IpHashSalt, Has.Length.GreaterThanOrEqualTo(40));
            Assert.That(saved.PostbacksEnabled, Is.False);
            Assert.That(saved.PostbackAllowHttp, Is.False);
            Assert.That(saved.PostbackUrlTemplate, Is.Null);
            Assert.That(saved.PostbackSigningSecret, Has.Length.EqualTo(64));
        });
    }

    [Test]
    public async Task InstallAsync_Always_AddsEveryLocaleResourceForAllLanguages()
    {
        IDictionary<string, string> added = null;
        _localizationService.Setup(s => s.AddOrUpdateLocaleResourceAsync(It.IsAny<IDictionary<string, string>>(), null))
            .Callback<IDictionary<string, string>, int?>((resources, _) => added = resources)
            .Returns(Task.CompletedTask);

        await _plugin.InstallAsync();

        _localizationService.Verify(s => s.AddOrUpdateLocaleResourceAsync(It.IsAny<IDictionary<string, string>>(), null), Times.Once);
        Assert.That(added, Is.EquivalentTo(AffiliateTrackingLocales.Resources));
    }

    [Test]
    public async Task UninstallAsync_DefaultSettings_RemovesSettingsLocalesAndPermissionButKeepsTables()
    {
        _settingService.Setup(s => s.LoadSettingAsync<AffiliateTrackingSettings>(0)).ReturnsAsync(new AffiliateTrackingSettings());

        await _plugin.UninstallAsync();

        _settingService.Verify(s => s.DeleteSettingAsync<AffiliateTrackingSettings>(), Times.Once);
        _localizationService.Verify(s => s.DeleteLocaleResourcesAsync("Plugins.Affiliates.Tracking.", null), Times.Once);
        _permissionService.Verify(s => s.DeletePermissionAsync(AffiliateTrackingPermissionConfigManager.ManagePayouts), Times.Once);
        _settingService.Verify(s => s.SetSettingAsync(AffiliateTrackingDefaults.DropTablesOnUninstallSettingKey, It.IsAny<bool>(), It.IsAny<int>(), It.IsAny<bool>()), Times.Never);
    }

    [Test]
    public async Task UninstallAsync_OwnerChoseToDeleteData_FlagsTablesForDropping()
    {
        _settingService.Setup(s => s.LoadSettingAsync<AffiliateTrackingSettings>(0))
            .ReturnsAsync(new AffiliateTrackingSettings { DeleteDataOnUninstall = true });

        await _plugin.UninstallAsync();

        _settingService.Verify(s => s.SetSettingAsync(AffiliateTrackingDefaults.DropTablesOnUninstallSettingKey, true, 0, true), Times.Once);
        _settingService.Verify(s => s.DeleteSettingAsync<AffiliateTrackingSettings>(), Times.Once);
    }

    [Test]
    public async Task UninstallAsync_Always_DeletesOnlyThePluginsDiscountRequirements()
    {
        _settingService.Setup(s => s.LoadSettingAsync<AffiliateTrackingSettings>(0)).ReturnsAsync(new AffiliateTrackingSettings());
        var own = new DiscountRequirement { Id = 1, DiscountId = 5, DiscountRequirementRuleSystemName = AffiliateTrackingDefaults.SystemName };
        var other = new DiscountRequirement { Id = 2, DiscountId = 5, DiscountRequirementRuleSystemName = "DiscountRequirement.MustBeAssignedToCustomerRole" };
        _discountService.Setup(s => s.GetAllDiscountRequirementsAsync(0, false)).ReturnsAsync(new List<DiscountRequirement> { own, other });

        await _plugin.UninstallAsync();

        _discountService.Verify(s => s.DeleteDiscountRequirementAsync(own, false), Times.Once);
        _discountService.Verify(s => s.DeleteDiscountRequirementAsync(other, It.IsAny<bool>()), Times.Never);
    }

    [Test]
    public void GetConfigurationUrl_Always_IsNullBecauseTheRequirementHasNoSettings()
    {
        Assert.That(_plugin.GetConfigurationUrl(5, 7), Is.Null);
    }

    [Test]
    public async Task UpdateAsync_Always_KeepsStoredSettingsAndRefreshesLocales()
    {
        var stored = new AffiliateTrackingSettings { AttributionWindowDays = 45, IpHashSalt = "kept" };
        _settingService.Setup(s => s.LoadSettingAsync<AffiliateTrackingSettings>(0)).ReturnsAsync(stored);

        await _plugin.UpdateAsync("4.90.0", "4.90.1");

        _settingService.Verify(s => s.SaveSettingAsync(It.Is<AffiliateTrackingSettings>(x => x.AttributionWindowDays == 45 && x.IpHashSalt == "kept"), 0), Times.Once);
        _localizationService.Verify(s => s.AddOrUpdateLocaleResourceAsync(It.IsAny<IDictionary<string, string>>(), null), Times.Once);
    }

    [Test]
    public async Task UpdateAsync_FromVersionWithoutSalt_GeneratesOne()
    {
        _settingService.Setup(s => s.LoadSettingAsync<AffiliateTrackingSettings>(0)).ReturnsAsync(new AffiliateTrackingSettings());

        await _plugin.UpdateAsync("4.90.0", "4.90.1");

        _settingService.Verify(s => s.SaveSettingAsync(It.Is<AffiliateTrackingSettings>(x => !string.IsNullOrEmpty(x.IpHashSalt)), 0), Times.Once);
    }

    [Test]
    public void GetConfigurationPageUrl_Always_UsesTheConfigurationRoute()
    {
        _nopUrlHelper.Setup(h => h.RouteUrl(AffiliateTrackingDefaults.ConfigurationRouteName, null, null, null, null))
            .Returns("/Admin/AffiliateTracking/Configure");

        Assert.That(_plugin.GetConfigurationPageUrl(), Is.EqualTo("/Admin/AffiliateTracking/Configure"));
    }

    [Test]
    public void Locales_EveryKey_SharesThePluginPrefixAndHasText()
    {
        Assert.That(AffiliateTrackingLocales.Resources.Keys, Has.All.StartWith(AffiliateTrackingDefaults.LocalePrefix));
        Assert.That(AffiliateTrackingLocales.Resources.Values, Has.None.Empty);
    }

    // Scheduled tasks: the ledger (issue 6) and the postback outbox (issue 6)

    [Test]
    public async Task InstallAsync_TasksMissing_InsertsTheLedgerAndPostbackTasksOnce()
    {
        var inserted = new List<ScheduleTask>();
        _scheduleTaskService.Setup(s => s.InsertTaskAsync(It.IsAny<ScheduleTask>())).Callback<ScheduleTask>(inserted.Add).Returns(Task.CompletedTask);

        await _plugin.InstallAsync();

        Assert.That(inserted.Select(t => (t.Type, t.Seconds, t.Enabled, t.StopOnError)), Is.EqualTo(new[]
        {
            (AffiliateTrackingDefaults.CommissionLedgerTaskType, 3600, true, false),
            (AffiliateTrackingDefaults.PostbackTaskType, 60, true, false)
        }));
        Assert.That(Type.GetType(inserted[0].Type), Is.EqualTo(typeof(Nop.Plugin.Affiliates.Tracking.Services.Commissions.CommissionLedgerTask)),
            "nopCommerce resolves the stored type name with Type.GetType");
        Assert.That(inserted[1].Type, Is.EqualTo(typeof(Nop.Plugin.Affiliates.Tracking.Services.Postbacks.PostbackDeliveryTask).FullName));
    }

    [Test]
    public async Task InstallAsyncAndUpdateAsync_TasksExist_InsertNothing()
    {
        _scheduleTaskService.Setup(s => s.GetTaskByTypeAsync(It.IsAny<string>())).ReturnsAsync(new ScheduleTask { Id = 5 });
        _settingService.Setup(s => s.LoadSettingAsync<AffiliateTrackingSettings>(0)).ReturnsAsync(new AffiliateTrackingSettings { IpHashSalt = "kept" });

        await _plugin.InstallAsync();
        await _plugin.UpdateAsync("4.90.0", "4.90.1");

        _scheduleTaskService.Verify(s => s.InsertTaskAsync(It.IsAny<ScheduleTask>()), Times.Never);
    }

    [Test]
    public async Task UpdateAsync_FromVersionWithoutTasks_InsertsThem()
    {
        _settingService.Setup(s => s.LoadSettingAsync<AffiliateTrackingSettings>(0)).ReturnsAsync(new AffiliateTrackingSettings { IpHashSalt = "kept" });

        await _plugin.UpdateAsync("4.90.0", "4.90.1");

        _scheduleTaskService.Verify(s => s.InsertTaskAsync(It.Is<ScheduleTask>(t => t.Type == AffiliateTrackingDefaults.CommissionLedgerTaskType)), Times.Once);
        _scheduleTaskService.Verify(s => s.InsertTaskAsync(It.Is<ScheduleTask>(t => t.Type == AffiliateTrackingDefaults.PostbackTaskType)), Times.Once);
    }

    [Test]
    public async Task UninstallAsync_TasksInstalled_DeletesBoth()
    {
        var ledgerTask = new ScheduleTask { Id = 5, Type = AffiliateTrackingDefaults.CommissionLedgerTaskType };
        var postbackTask = new ScheduleTask { Id = 7, Type = AffiliateTrackingDefaults.PostbackTaskType };
        _scheduleTaskService.Setup(s => s.GetTaskByTypeAsync(AffiliateTrackingDefaults.CommissionLedgerTaskType)).ReturnsAsync(ledgerTask);
        _scheduleTaskService.Setup(s => s.GetTaskByTypeAsync(AffiliateTrackingDefaults.PostbackTaskType)).ReturnsAsync(postbackTask);
        _settingService.Setup(s => s.LoadSettingAsync<AffiliateTrackingSettings>(0)).ReturnsAsync(new AffiliateTrackingSettings());

        await _plugin.UninstallAsync();

        _scheduleTaskService.Verify(s => s.DeleteTaskAsync(ledgerTask), Times.Once);
        _scheduleTaskService.Verify(s => s.DeleteTaskAsync(postbackTask), Times.Once);
    }

    [Test]
    public async Task UpdateAsync_SecretMissing_GeneratesOneAndKeepsAnExistingOne()
    {
        var stored = new AffiliateTrackingSettings { IpHashSalt = "salt", PostbackSigningSecret = null };
        _settingService.Setup(s => s.LoadSettingAsync<AffiliateTrackingSettings>(0)).ReturnsAsync(stored);

        await _plugin.UpdateAsync("4.90.0", "4.90.1");
        var generated = stored.PostbackSigningSecret;
        await _plugin.UpdateAsync("4.90.1", "4.90.2");

        Assert.That(generated, Has.Length.EqualTo(64));
        Assert.That(stored.PostbackSigningSecret, Is.EqualTo(generated));
    }
}
