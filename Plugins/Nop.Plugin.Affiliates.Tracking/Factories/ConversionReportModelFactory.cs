using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Models.Admin;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Links;
using Nop.Plugin.Affiliates.Tracking.Services.Reports;
using Nop.Services.Affiliates;
using Nop.Services.Localization;

namespace Nop.Plugin.Affiliates.Tracking.Factories;

public class ConversionReportModelFactory : IConversionReportModelFactory
{
    private const string P = AffiliateTrackingDefaults.LocalePrefix + "Admin.Conversions.";

    private readonly IAffiliateLinkService _affiliateLinkService;
    private readonly IAffiliateService _affiliateService;
    private readonly IAffiliateStatisticsService _affiliateStatisticsService;
    private readonly IConversionReportService _conversionReportService;
    private readonly ILocalizationService _localizationService;
    private readonly TimeProvider _timeProvider;

    public ConversionReportModelFactory(IAffiliateLinkService affiliateLinkService,
        IAffiliateService affiliateService,
        IAffiliateStatisticsService affiliateStatisticsService,
        IConversionReportService conversionReportService,
        ILocalizationService localizationService,
        TimeProvider timeProvider)
    {
        _affiliateLinkService = affiliateLinkService;
        _affiliateService = affiliateService;
        _affiliateStatisticsService = affiliateStatisticsService;
        _conversionReportService = conversionReportService;
        _localizationService = localizationService;
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    public async Task<ConversionSearchModel> PrepareConversionSearchModelAsync(ConversionSearchModel searchModel)
    {
        searchModel ??= new ConversionSearchModel();

        searchModel.AvailableSources = await PrepareEnumItemsAsync<AttributionSource>("Source.");
        searchModel.AvailableStatuses = await PrepareEnumItemsAsync<CommissionStatus>("Status.");

        // nopCommerce's SetGridPageSize reads AdminAreaSettings; the report keeps its own bounded sizes.
        searchModel.Start = 0;
        searchModel.Length = ReportPage.DefaultPageSize;
        searchModel.AvailablePageSizes = string.Join(",", new[] { ReportPage.DefaultPageSize, 50, ReportPage.MaxPageSize });

        var today = DateOnly.FromDateTime(_timeProvider.GetUtcNow().UtcDateTime);
        var statistics = await _affiliateStatisticsService.GetProgramStatisticsAsync(StatisticsPeriod.Resolve(null, null, today));
        searchModel.ProgramTotals = new ProgramTotalsModel
        {
            From = statistics.Period.From,
            To = statistics.Period.To,
            Clicks = statistics.Clicks,
            Conversions = statistics.Conversions,
            ConversionRatePercent = statistics.ConversionRatePercent,
            PendingEarnings = statistics.PendingEarnings,
            ApprovedEarnings = statistics.ApprovedEarnings,
            PaidEarnings = statistics.PaidEarnings
        };

        return searchModel;
    }

    /// <inheritdoc />
    public async Task<ConversionListModel> PrepareConversionListModelAsync(ConversionSearchModel searchModel, ConversionFilter filter)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var page = ReportPage.FromOffset(searchModel.Start, searchModel.Length);
        var commissions = await _conversionReportService.SearchConversionsAsync(filter, page.PageIndex, page.PageSize);

        var affiliateNames = new Dictionary<int, string>();
        var linkSlugs = new Dictionary<int, string>();
        var rows = new List<ConversionModel>(commissions.Count);
        foreach (var commission in commissions)
        {
            rows.Add(new ConversionModel
            {
                Id = commission.Id,
                OrderId = commission.OrderId,
                CreatedOnUtc = commission.CreatedOnUtc,
                AffiliateId = commission.AffiliateId,
                AffiliateName = await GetAffiliateNameAsync(commission.AffiliateId, affiliateNames),
                Source = await GetEnumTextAsync("Source.", commission.Source),
                CouponCode = commission.CouponCode,
                Link = await GetLinkSlugAsync(commission.LinkId, linkSlugs),
                Status = await GetEnumTextAsync("Status.", commission.Status),
                BaseAmount = commission.BaseAmount,
                Amount = commission.Amount,
                BaseAmountText = commission.BaseAmount.ToString("N2", CultureInfo.CurrentCulture),
                AmountText = commission.Amount.ToString("N2", CultureInfo.CurrentCulture),
                OrderCurrencyCode = commission.OrderCurrencyCode
            });
        }

        return new ConversionListModel
        {
            Data = rows,
            Draw = searchModel.Draw,
            RecordsTotal = commissions.TotalCount,
            RecordsFiltered = commissions.TotalCount,
            CountIsCapped = ReportPage.IsCapped(commissions.TotalCount)
        };
    }

    private async Task<IList<SelectListItem>> PrepareEnumItemsAsync<TEnum>(string resourcePrefix) where TEnum : struct, Enum
    {
        var items = new List<SelectListItem> { new(await _localizationService.GetResourceAsync(P + "All"), "0") };
        foreach (var value in Enum.GetValues<TEnum>())
            items.Add(new SelectListItem(await GetEnumTextAsync(resourcePrefix, value), Convert.ToInt32(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)));

        return items;
    }

    private async Task<string> GetEnumTextAsync<TEnum>(string resourcePrefix, TEnum value) where TEnum : struct, Enum =>
        Enum.IsDefined(value)
            ? await _localizationService.GetResourceAsync(P + resourcePrefix + value)
            : Convert.ToInt32(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

    private async Task<string> GetAffiliateNameAsync(int affiliateId, Dictionary<int, string> cache)
    {
        if (!cache.TryGetValue(affiliateId, out var name))
        {
            var affiliate = await _affiliateService.GetAffiliateByIdAsync(affiliateId);
            name = affiliate is null ? string.Empty : await _affiliateService.GetAffiliateFullNameAsync(affiliate);
            cache[affiliateId] = name;
        }

        return name;
    }

    private async Task<string> GetLinkSlugAsync(int linkId, Dictionary<int, string> cache)
    {
        if (linkId <= 0)
            return string.Empty;

        if (!cache.TryGetValue(linkId, out var slug))
        {
            slug = (await _affiliateLinkService.GetLinkByIdAsync(linkId))?.Slug ?? string.Empty;
            cache[linkId] = slug;
        }

        return slug;
    }
}
