using Nop.Core.Domain.ScheduleTasks;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Members;
using Nop.Plugin.Affiliates.Tracking.Services.Messages;
using Nop.Services.Affiliates;
using Nop.Services.Common;
using Nop.Services.Configuration;
using Nop.Services.Discounts;
using Nop.Services.Localization;
using Nop.Services.Plugins;
using Nop.Services.ScheduleTasks;
using Nop.Services.Security;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Affiliates.Tracking;

/// <summary>
/// The affiliate program plugin: per-affiliate coupons, share links with an attribution window, and a commission ledger.
/// It is also the discount requirement rule attached to every generated coupon discount: nopCommerce uses one plugin
/// class per assembly, so the rule cannot be a class of its own.
/// </summary>
public class AffiliateTrackingPlugin : BasePlugin, IMiscPlugin, IDiscountRequirementRule
{
    private readonly IAffiliateMemberService _memberService;
    private readonly IAffiliateService _affiliateService;
    private readonly IAffiliateTrackingMessageService _messageService;
    private readonly IDiscountService _discountService;
    private readonly ILocalizationService _localizationService;
    private readonly INopUrlHelper _nopUrlHelper;
    private readonly IPermissionService _permissionService;
    private readonly IRepository<AffiliateCoupon> _couponRepository;
    private readonly IScheduleTaskService _scheduleTaskService;
    private readonly ISettingService _settingService;

    public AffiliateTrackingPlugin(IAffiliateMemberService memberService,
        IAffiliateService affiliateService,
        IAffiliateTrackingMessageService messageService,
        IDiscountService discountService,
        ILocalizationService localizationService,
        INopUrlHelper nopUrlHelper,
        IPermissionService permissionService,
        IRepository<AffiliateCoupon> couponRepository,
        IScheduleTaskService scheduleTaskService,
        ISettingService settingService)
    {
        _memberService = memberService;
        _affiliateService = affiliateService;
        _messageService = messageService;
        _discountService = discountService;
        _localizationService = localizationService;
        _nopUrlHelper = nopUrlHelper;
        _permissionService = permissionService;
        _couponRepository = couponRepository;
        _scheduleTaskService = scheduleTaskService;
        _settingService = settingService;
    }

    /// <inheritdoc />
    public override string GetConfigurationPageUrl() => _nopUrlHelper.RouteUrl(AffiliateTrackingDefaults.ConfigurationRouteName);

    /// <inheritdoc />
    public async Task<DiscountRequirementValidationResult> CheckRequirementAsync(DiscountRequirementValidationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        var requirement = await _discountService.GetDiscountRequirementByIdAsync(request.DiscountRequirementId);
        var coupon = requirement is null
            ? null
            : await _couponRepository.Table.FirstOrDefaultAsync(c => c.DiscountId == requirement.DiscountId);

        // A discount that is no affiliate's coupon (the rule attached by hand, say) has nothing to refuse.
        if (coupon is null)
            return new DiscountRequirementValidationResult { IsValid = true };

        var affiliate = await _affiliateService.GetAffiliateByIdAsync(coupon.AffiliateId);
        if (!coupon.Active || affiliate is not { Active: true, Deleted: false })
            return await InvalidAsync("Coupons.Requirement.NoLongerValid");

        // Membership links a customer to their affiliate: their own code, or a suspended member's, is refused.
        var verdict = await _memberService.CheckReferralAsync(affiliate.Id, request.Customer?.Id ?? 0);
        if (verdict == ReferralVerdict.SelfReferral)
            return await InvalidAsync("Coupons.Requirement.SelfReferral");
        if (verdict == ReferralVerdict.OwnerNotInGoodStanding)
            return await InvalidAsync("Coupons.Requirement.NoLongerValid");

        return new DiscountRequirementValidationResult { IsValid = true };
    }

    /// <inheritdoc />
    public string GetConfigurationUrl(int discountId, int? discountRequirementId) => null;

    /// <inheritdoc />
    public override async Task InstallAsync()
    {
        // Tables come from Data/Migrations/SchemaMigration, which nopCommerce applies before this runs;
        // the permission comes from AffiliateTrackingPermissionConfigManager at startup.
        await _settingService.SaveSettingAsync(new AffiliateTrackingSettings
        {
            IpHashSalt = IpAddressHasher.NewSalt(),
            PostbackSigningSecret = PostbackSignature.NewSecret()
        });
        await _localizationService.AddOrUpdateLocaleResourceAsync(ToDictionary(AffiliateTrackingLocales.Resources));
        await InstallTasksAsync();
        await _messageService.InstallTemplatesAsync();

        await base.InstallAsync();
    }

    /// <inheritdoc />
    public override async Task UpdateAsync(string currentVersion, string targetVersion)
    {
        // Loading fills settings added since the installed version with their defaults; saving stores them.
        var settings = await _settingService.LoadSettingAsync<AffiliateTrackingSettings>();
        if (string.IsNullOrEmpty(settings.IpHashSalt))
            settings.IpHashSalt = IpAddressHasher.NewSalt();
        if (string.IsNullOrEmpty(settings.PostbackSigningSecret))
            settings.PostbackSigningSecret = PostbackSignature.NewSecret();
        await _settingService.SaveSettingAsync(settings);
        await _localizationService.AddOrUpdateLocaleResourceAsync(ToDictionary(AffiliateTrackingLocales.Resources));
        await InstallTasksAsync();
        await _messageService.InstallTemplatesAsync();

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
        await _messageService.UninstallTemplatesAsync();

        foreach (var (_, type, _) in ScheduledTasks)
        {
            if (await _scheduleTaskService.GetTaskByTypeAsync(type) is { } task)
                await _scheduleTaskService.DeleteTaskAsync(task);
        }

        // As nopCommerce's own requirement rules do: a requirement whose rule is gone would otherwise stay on the discounts.
        var requirements = (await _discountService.GetAllDiscountRequirementsAsync())
            .Where(requirement => requirement.DiscountRequirementRuleSystemName == AffiliateTrackingDefaults.SystemName)
            .ToList();
        foreach (var requirement in requirements)
            await _discountService.DeleteDiscountRequirementAsync(requirement, false);

        await base.UninstallAsync();
    }

    // The ledger reconciles and approves hourly; the postback outbox is sent every minute.
    private static readonly (string Name, string Type, int Seconds)[] ScheduledTasks =
    [
        (AffiliateTrackingDefaults.CommissionLedgerTaskName, AffiliateTrackingDefaults.CommissionLedgerTaskType, AffiliateTrackingDefaults.CommissionLedgerTaskSeconds),
        (AffiliateTrackingDefaults.PostbackTaskName, AffiliateTrackingDefaults.PostbackTaskType, AffiliateTrackingDefaults.PostbackTaskSeconds)
    ];

    // Each task is added once; nopCommerce schedules a task added at runtime from the next start.
    private async Task InstallTasksAsync()
    {
        foreach (var (name, type, seconds) in ScheduledTasks)
        {
            if (await _scheduleTaskService.GetTaskByTypeAsync(type) is not null)
                continue;

            await _scheduleTaskService.InsertTaskAsync(new ScheduleTask
            {
                Name = name,
                Type = type,
                Seconds = seconds,
                Enabled = true,
                LastEnabledUtc = DateTime.UtcNow,
                StopOnError = false
            });
        }
    }

    private async Task<DiscountRequirementValidationResult> InvalidAsync(string resourceName) => new()
    {
        IsValid = false,
        UserError = await _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + resourceName)
    };

    private static Dictionary<string, string> ToDictionary(IReadOnlyDictionary<string, string> resources) => new(resources);
}
