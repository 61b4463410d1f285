using Moq;
using Nop.Core;
using Nop.Core.Domain.Affiliates;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Configuration;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Services;
using Nop.Plugin.Affiliates.Tracking.Services.Coupons;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;
using Nop.Services.Affiliates;
using Nop.Services.Common;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Discounts;
using Nop.Services.Localization;
using Nop.Services.Plugins;
using Nop.Services.Security;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Coupons;

/// <summary>
/// One "request scope" over a test database: the coupon service, a real discount service (the sandbox's, over the same
/// database) and the plugin as requirement rule, each with repositories of their own.
/// </summary>
public sealed class CouponTestContext
{
    /// <summary>
    /// Another installed requirement rule, which every customer passes.
    /// </summary>
    public const string AlwaysValidRuleSystemName = "DiscountRequirement.AlwaysValid";

    public static readonly DateTime Now = new(2026, 5, 1, 10, 0, 0, DateTimeKind.Utc);

    public CouponTestContext(TestDatabase database, List<Setting> settings)
    {
        Settings = new Mock<ISettingService>();
        Settings.Setup(s => s.GetAllSettingsAsync()).ReturnsAsync(() => settings.ToList());
        Settings.Setup(s => s.SetSettingAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<int>(), It.IsAny<bool>()))
            .Callback<string, string, int, bool>((key, value, storeId, _) => settings.Add(new Setting(key, value, storeId)))
            .Returns(Task.CompletedTask);
        Settings.Setup(s => s.DeleteSettingAsync(It.IsAny<Setting>()))
            .Callback<Setting>(setting => settings.Remove(setting))
            .Returns(Task.CompletedTask);

        Localization = new Mock<ILocalizationService>();
        Localization.Setup(s => s.GetResourceAsync(It.IsAny<string>()))
            .ReturnsAsync((string key) => AffiliateTrackingLocales.Resources.TryGetValue(key, out var text) ? text : key);

        var affiliateRepository = database.CreateRepository<Affiliate>();
        var addressRepository = database.CreateRepository<Address>();
        AffiliateService = new Mock<IAffiliateService>();
        AffiliateService.Setup(s => s.GetAffiliateByIdAsync(It.IsAny<int>())).Returns((int id) => affiliateRepository.GetByIdAsync(id));
        AffiliateService.Setup(s => s.GetAffiliateFullNameAsync(It.IsAny<Affiliate>())).Returns(async (Affiliate affiliate) =>
        {
            var address = await addressRepository.GetByIdAsync(affiliate.AddressId);
            return address is null ? string.Empty : $"{address.FirstName} {address.LastName}".Trim();
        });
        var addressService = new Mock<IAddressService>();
        addressService.Setup(s => s.GetAddressByIdAsync(It.IsAny<int>())).Returns((int id) => addressRepository.GetByIdAsync(id));

        var couponRepository = database.CreateRepository<AffiliateCoupon>();
        var pluginManager = new Mock<IPluginManager<IDiscountRequirementRule>>();
        var storeContext = new Mock<IStoreContext>();
        storeContext.Setup(s => s.GetCurrentStoreAsync()).ReturnsAsync(new Store { Id = 1, Url = "https://store.example/" });
        var clock = new ManualTimeProvider(Now);

        DiscountService = new SandboxDiscountService(Mock.Of<ICustomerService>(), database.CreateRepository<Discount>(),
            database.CreateRepository<DiscountRequirement>(), database.CreateRepository<DiscountUsageHistory>(), Localization.Object,
            database.CreateRepository<Order>(), pluginManager.Object, storeContext.Object, clock);

        Plugin = new AffiliateTrackingPlugin(addressService.Object, AffiliateService.Object, DiscountService, Localization.Object,
            Mock.Of<INopUrlHelper>(), Mock.Of<IPermissionService>(), couponRepository, Mock.Of<Nop.Services.ScheduleTasks.IScheduleTaskService>(), Settings.Object);
        pluginManager.Setup(m => m.LoadPluginBySystemNameAsync(AffiliateTrackingDefaults.SystemName, It.IsAny<Customer>(), It.IsAny<int>()))
            .ReturnsAsync(Plugin);
        var alwaysValid = new Mock<IDiscountRequirementRule>();
        alwaysValid.Setup(r => r.CheckRequirementAsync(It.IsAny<DiscountRequirementValidationRequest>()))
            .ReturnsAsync(new DiscountRequirementValidationResult { IsValid = true });
        pluginManager.Setup(m => m.LoadPluginBySystemNameAsync(AlwaysValidRuleSystemName, It.IsAny<Customer>(), It.IsAny<int>()))
            .ReturnsAsync(alwaysValid.Object);

        var copier = new DiscountTemplateCopier(DiscountService, database.CreateRepository<DiscountCategoryMapping>(),
            database.CreateRepository<DiscountManufacturerMapping>(), database.CreateRepository<DiscountProductMapping>(), Settings.Object);
        var validator = new CouponGenerationRequestValidator(DiscountService, affiliateRepository, couponRepository, database.CreateRepository<Discount>());

        Service = new AffiliateCouponService(new AffiliateTrackingSettings(), AffiliateService.Object, validator, DiscountService, copier,
            affiliateRepository, couponRepository, database.CreateRepository<AffiliateCouponGenerationJob>(), database.CreateRepository<Discount>(), clock);
    }

    public AffiliateCouponService Service { get; }

    public SandboxDiscountService DiscountService { get; }

    public AffiliateTrackingPlugin Plugin { get; }

    public Mock<IAffiliateService> AffiliateService { get; }

    public Mock<ISettingService> Settings { get; }

    public Mock<ILocalizationService> Localization { get; }
}
