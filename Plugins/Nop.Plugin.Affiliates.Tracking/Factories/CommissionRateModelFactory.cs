using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Affiliates.Tracking.Models.Admin;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Commissions;
using Nop.Services.Affiliates;
using Nop.Services.Catalog;
using Nop.Services.Configuration;
using Nop.Services.Localization;

namespace Nop.Plugin.Affiliates.Tracking.Factories;

public class CommissionRateModelFactory : ICommissionRateModelFactory
{
    private readonly IAffiliateService _affiliateService;
    private readonly ICategoryService _categoryService;
    private readonly ICommissionRateService _commissionRateService;
    private readonly ILocalizationService _localizationService;
    private readonly ISettingService _settingService;

    public CommissionRateModelFactory(IAffiliateService affiliateService,
        ICategoryService categoryService,
        ICommissionRateService commissionRateService,
        ILocalizationService localizationService,
        ISettingService settingService)
    {
        _affiliateService = affiliateService;
        _categoryService = categoryService;
        _commissionRateService = commissionRateService;
        _localizationService = localizationService;
        _settingService = settingService;
    }

    /// <inheritdoc />
    public async Task<CommissionRatesModel> PrepareCommissionRatesModelAsync(int affiliateId, CommissionRateModel newRate = null)
    {
        var affiliate = affiliateId > 0 ? await _affiliateService.GetAffiliateByIdAsync(affiliateId) : null;
        if (affiliate is null || affiliate.Deleted)
            return null;

        var settings = await _settingService.LoadSettingAsync<AffiliateTrackingSettings>();
        var model = new CommissionRatesModel
        {
            AffiliateId = affiliate.Id,
            AffiliateName = string.IsNullOrWhiteSpace(affiliate.FriendlyUrlName) ? $"#{affiliate.Id}" : affiliate.FriendlyUrlName,
            ProgramRate = await FormatAsync(settings.CommissionType,
                settings.CommissionType == CommissionType.FixedAmountPerOrder ? settings.CommissionFixedAmount : settings.CommissionPercentage),
            NewRate = newRate ?? new CommissionRateModel()
        };
        model.NewRate.AffiliateId = affiliate.Id;

        foreach (var rate in await _commissionRateService.GetRatesByAffiliateIdAsync(affiliate.Id))
        {
            var value = rate.CommissionType == CommissionType.FixedAmountPerOrder ? rate.Amount : rate.Percentage;
            var category = rate.CategoryId is int categoryId ? await _categoryService.GetCategoryByIdAsync(categoryId) : null;
            model.Rates.Add(new CommissionRateModel
            {
                Id = rate.Id,
                AffiliateId = rate.AffiliateId,
                CategoryId = rate.CategoryId,
                CategoryName = rate.CategoryId is null ? null : category?.Name ?? $"#{rate.CategoryId}",
                CommissionTypeId = rate.CommissionTypeId,
                CommissionTypeName = await FormatAsync(rate.CommissionType, value),
                Value = value
            });
        }

        foreach (var type in Enum.GetValues<CommissionType>())
        {
            var id = (int)type;
            model.AvailableCommissionTypes.Add(new SelectListItem(
                await _localizationService.GetResourceAsync($"{AffiliateTrackingDefaults.LocalePrefix}Enums.CommissionType.{type}"),
                id.ToString(CultureInfo.InvariantCulture), id == model.NewRate.CommissionTypeId));
        }

        return model;
    }

    private async Task<string> FormatAsync(CommissionType type, decimal value) =>
        $"{await _localizationService.GetResourceAsync($"{AffiliateTrackingDefaults.LocalePrefix}Enums.CommissionType.{type}")}: " +
        (type == CommissionType.PercentageOfSubtotal ? $"{value.ToString("0.####", CultureInfo.InvariantCulture)} %" : value.ToString("0.00##", CultureInfo.InvariantCulture));
}
