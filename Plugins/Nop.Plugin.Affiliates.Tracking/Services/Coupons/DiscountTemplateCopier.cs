using System.Globalization;
using Nop.Core.Domain.Configuration;
using Nop.Core.Domain.Discounts;
using Nop.Data;
using Nop.Services.Configuration;
using Nop.Services.Discounts;

namespace Nop.Plugin.Affiliates.Tracking.Services.Coupons;

public class DiscountTemplateCopier : IDiscountTemplateCopier
{
    // Official requirement rules store their configuration as "DiscountRequirement.{Name}-{requirementId}".
    private const string RequirementSettingPrefix = "DiscountRequirement.";

    private readonly IDiscountService _discountService;
    private readonly IRepository<DiscountCategoryMapping> _categoryMappingRepository;
    private readonly IRepository<DiscountRequirement> _requirementRepository;
    private readonly IRepository<DiscountManufacturerMapping> _manufacturerMappingRepository;
    private readonly IRepository<DiscountProductMapping> _productMappingRepository;
    private readonly ISettingService _settingService;

    public DiscountTemplateCopier(IDiscountService discountService,
        IRepository<DiscountCategoryMapping> categoryMappingRepository,
        IRepository<DiscountManufacturerMapping> manufacturerMappingRepository,
        IRepository<DiscountProductMapping> productMappingRepository,
        IRepository<DiscountRequirement> requirementRepository,
        ISettingService settingService)
    {
        _discountService = discountService;
        _categoryMappingRepository = categoryMappingRepository;
        _manufacturerMappingRepository = manufacturerMappingRepository;
        _productMappingRepository = productMappingRepository;
        _requirementRepository = requirementRepository;
        _settingService = settingService;
    }

    /// <inheritdoc />
    public async Task<DiscountTemplateSnapshot> LoadAsync(Discount template)
    {
        ArgumentNullException.ThrowIfNull(template);

        var requirements = await _discountService.GetAllDiscountRequirementsAsync(template.Id);
        var settings = (await _settingService.GetAllSettingsAsync())
            .Where(setting => setting.Name?.StartsWith(RequirementSettingPrefix, StringComparison.OrdinalIgnoreCase) == true)
            .ToList();

        return new DiscountTemplateSnapshot(template,
            await _productMappingRepository.Table.Where(m => m.DiscountId == template.Id).Select(m => m.EntityId).ToListAsync(),
            await _categoryMappingRepository.Table.Where(m => m.DiscountId == template.Id).Select(m => m.EntityId).ToListAsync(),
            await _manufacturerMappingRepository.Table.Where(m => m.DiscountId == template.Id).Select(m => m.EntityId).ToListAsync(),
            requirements.OrderBy(r => r.Id).ToList(),
            settings);
    }

    /// <inheritdoc />
    public void CopySettings(Discount template, Discount target)
    {
        target.DiscountTypeId = template.DiscountTypeId;
        target.UsePercentage = template.UsePercentage;
        target.DiscountPercentage = template.DiscountPercentage;
        target.DiscountAmount = template.DiscountAmount;
        target.MaximumDiscountAmount = template.MaximumDiscountAmount;
        target.RequiresCouponCode = true;
        target.IsCumulative = template.IsCumulative;
        target.DiscountLimitationId = template.DiscountLimitationId;
        target.LimitationTimes = template.LimitationTimes;
        target.MaximumDiscountedQuantity = template.MaximumDiscountedQuantity;
        target.AppliedToSubCategories = template.AppliedToSubCategories;
        target.VendorId = template.VendorId;
    }

    /// <inheritdoc />
    public async Task ApplyAsync(DiscountTemplateSnapshot snapshot, Discount target, bool replaceExisting)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(target);

        if (replaceExisting)
            await RemoveMappingsAndRequirementsAsync(snapshot, target.Id);

        await InsertMappingsAsync(_productMappingRepository, snapshot.ProductIds, target.Id);
        await InsertMappingsAsync(_categoryMappingRepository, snapshot.CategoryIds, target.Id);
        await InsertMappingsAsync(_manufacturerMappingRepository, snapshot.ManufacturerIds, target.Id);

        var copiedSettings = await CopyRequirementsAsync(snapshot, target.Id);
        if (copiedSettings)
            await _settingService.ClearCacheAsync();
    }

    /// <inheritdoc />
    public async Task ApplyToNewAsync(DiscountTemplateSnapshot snapshot, IList<Discount> targets)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(targets);
        if (targets.Count == 0)
            return;

        await InsertMappingsAsync(_productMappingRepository, snapshot.ProductIds, targets);
        await InsertMappingsAsync(_categoryMappingRepository, snapshot.CategoryIds, targets);
        await InsertMappingsAsync(_manufacturerMappingRepository, snapshot.ManufacturerIds, targets);

        if (HasEffectiveRequirements(snapshot.Requirements))
        {
            // A template tree (with its rules' settings) is cloned per discount, as in ApplyAsync.
            var copiedSettings = false;
            foreach (var target in targets)
                copiedSettings |= await CopyRequirementsAsync(snapshot, target.Id);
            if (copiedSettings)
                await _settingService.ClearCacheAsync();

            return;
        }

        // The usual case, a template without requirements: two inserts for the whole batch. No entity events: they only
        // clear nopCommerce's cached requirements of these discounts, which are new and inactive, so nothing is cached.
        var groups = targets.Select(target => NewGroup(target.Id, null, RequirementGroupInteractionType.And)).ToList();
        await _requirementRepository.InsertAsync(groups, false);
        await _requirementRepository.InsertAsync(groups.Select(group => NewPluginRequirement(group.DiscountId, group.Id)).ToList(), false);
    }

    // How nopCommerce (DiscountService.GetValidationResultAsync) evaluates requirements decides where the plugin's goes:
    // - the top-level requirements are combined with the interaction type of the first one (lowest id), and a discount
    //   counts as having no requirements when that first one has no interaction type or is an empty group;
    // - a group's children are looked up only among its siblings' list, so a group nested inside a group always fails.
    // So the plugin's requirement joins the template's first top-level group when that is an And group (the admin's
    // default group), and otherwise gets an And group of its own, inserted before the template's copies so it becomes
    // the first top-level requirement: the template's top-level requirements then all have to pass next to it.
    // Wrapping the template's tree in a new group would nest its groups, which nopCommerce would then always fail.
    private async Task<bool> CopyRequirementsAsync(DiscountTemplateSnapshot snapshot, int discountId)
    {
        var requirements = snapshot.Requirements;
        var topLevel = requirements.Where(r => !r.ParentId.HasValue).ToList();
        var first = topLevel.FirstOrDefault();

        // Otherwise nopCommerce ignores the template's requirement rows (if any); copying them would start enforcing them.
        if (!HasEffectiveRequirements(requirements))
        {
            await InsertPluginRequirementAsync(discountId, await InsertGroupAsync(discountId, null, RequirementGroupInteractionType.And));
            return false;
        }

        var joinFirstGroup = first.IsGroup && first.InteractionType == RequirementGroupInteractionType.And;
        var pluginGroupId = joinFirstGroup ? 0 : await InsertGroupAsync(discountId, null, RequirementGroupInteractionType.And);

        var copiedSettings = false;
        foreach (var requirement in topLevel)
        {
            var (id, copied) = await CloneAsync(requirement, null, discountId, snapshot);
            copiedSettings |= copied;
            if (joinFirstGroup && requirement == first)
                pluginGroupId = id;
        }

        await InsertPluginRequirementAsync(discountId, pluginGroupId);

        return copiedSettings;
    }

    private static bool HasEffectiveRequirements(IReadOnlyList<DiscountRequirement> requirements)
    {
        var first = requirements.Where(r => !r.ParentId.HasValue).FirstOrDefault();
        return first?.InteractionType is not null && !(first.IsGroup && requirements.All(r => r.ParentId != first.Id));
    }

    private static DiscountRequirement NewPluginRequirement(int discountId, int parentId) => new()
    {
        DiscountId = discountId,
        DiscountRequirementRuleSystemName = AffiliateTrackingDefaults.SystemName,
        ParentId = parentId,
        IsGroup = false
    };

    private static DiscountRequirement NewGroup(int discountId, int? parentId, RequirementGroupInteractionType interactionType) => new()
    {
        DiscountId = discountId,
        DiscountRequirementRuleSystemName = AffiliateTrackingDefaults.DefaultRequirementGroupName,
        ParentId = parentId,
        InteractionType = interactionType,
        IsGroup = true
    };

    private Task InsertPluginRequirementAsync(int discountId, int parentId) =>
        _discountService.InsertDiscountRequirementAsync(NewPluginRequirement(discountId, parentId));

    private async Task<(int Id, bool CopiedSettings)> CloneAsync(DiscountRequirement source, int? parentId, int discountId, DiscountTemplateSnapshot snapshot)
    {
        var copy = new DiscountRequirement
        {
            DiscountId = discountId,
            DiscountRequirementRuleSystemName = source.DiscountRequirementRuleSystemName,
            ParentId = parentId,
            InteractionTypeId = source.InteractionTypeId,
            IsGroup = source.IsGroup
        };
        await _discountService.InsertDiscountRequirementAsync(copy);

        var copiedSettings = false;
        foreach (var setting in SettingsOf(snapshot.RequirementSettings, source.Id))
        {
            var name = setting.Name[..^RequirementSuffix(source.Id).Length] + RequirementSuffix(copy.Id);
            await _settingService.SetSettingAsync(name, setting.Value, setting.StoreId, clearCache: false);
            copiedSettings = true;
        }

        foreach (var child in snapshot.Requirements.Where(r => r.ParentId == source.Id))
            copiedSettings |= (await CloneAsync(child, copy.Id, discountId, snapshot)).CopiedSettings;

        return (copy.Id, copiedSettings);
    }

    private async Task<int> InsertGroupAsync(int discountId, int? parentId, RequirementGroupInteractionType interactionType)
    {
        var group = NewGroup(discountId, parentId, interactionType);
        await _discountService.InsertDiscountRequirementAsync(group);

        return group.Id;
    }

    private async Task RemoveMappingsAndRequirementsAsync(DiscountTemplateSnapshot snapshot, int discountId)
    {
        await _productMappingRepository.DeleteAsync(m => m.DiscountId == discountId);
        await _categoryMappingRepository.DeleteAsync(m => m.DiscountId == discountId);
        await _manufacturerMappingRepository.DeleteAsync(m => m.DiscountId == discountId);

        var requirements = await _discountService.GetAllDiscountRequirementsAsync(discountId);
        foreach (var requirement in requirements)
        {
            foreach (var setting in SettingsOf(snapshot.RequirementSettings, requirement.Id))
                await _settingService.DeleteSettingAsync(setting);
        }

        foreach (var requirement in requirements.Where(r => !r.ParentId.HasValue))
            await _discountService.DeleteDiscountRequirementAsync(requirement, true);
    }

    private static async Task InsertMappingsAsync<TMapping>(IRepository<TMapping> repository, IReadOnlyList<int> entityIds, int discountId)
        where TMapping : DiscountMapping, new()
    {
        if (entityIds.Count == 0)
            return;

        await repository.InsertAsync(entityIds.Select(id => new TMapping { DiscountId = discountId, EntityId = id }).ToList());
    }

    private static async Task InsertMappingsAsync<TMapping>(IRepository<TMapping> repository, IReadOnlyList<int> entityIds, IList<Discount> targets)
        where TMapping : DiscountMapping, new()
    {
        if (entityIds.Count == 0)
            return;

        await repository.InsertAsync(targets.SelectMany(target => entityIds.Select(id => new TMapping { DiscountId = target.Id, EntityId = id })).ToList());
    }

    private static IEnumerable<Setting> SettingsOf(IReadOnlyList<Setting> settings, int requirementId)
    {
        var suffix = RequirementSuffix(requirementId);
        return settings.Where(setting => setting.Name.EndsWith(suffix, StringComparison.Ordinal));
    }

    private static string RequirementSuffix(int requirementId) => "-" + requirementId.ToString(CultureInfo.InvariantCulture);
}
