using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core;
using Nop.Core.Domain.Affiliates;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Discounts;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Models.Admin;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Coupons;
using Nop.Services.Localization;

namespace Nop.Plugin.Affiliates.Tracking.Factories;

public class AffiliateCouponModelFactory : IAffiliateCouponModelFactory
{
    private const string P = AffiliateTrackingDefaults.LocalePrefix + "Admin.Coupons.";

    private readonly IAffiliateCouponService _couponService;
    private readonly ILocalizationService _localizationService;
    private readonly IRepository<Address> _addressRepository;
    private readonly IRepository<Affiliate> _affiliateRepository;
    private readonly IRepository<AffiliateCoupon> _couponRepository;
    private readonly IRepository<Discount> _discountRepository;
    private readonly IWebHelper _webHelper;
    private readonly TimeProvider _timeProvider;

    public AffiliateCouponModelFactory(IAffiliateCouponService couponService,
        ILocalizationService localizationService,
        IRepository<Address> addressRepository,
        IRepository<Affiliate> affiliateRepository,
        IRepository<AffiliateCoupon> couponRepository,
        IRepository<Discount> discountRepository,
        IWebHelper webHelper,
        TimeProvider timeProvider)
    {
        _couponService = couponService;
        _localizationService = localizationService;
        _addressRepository = addressRepository;
        _affiliateRepository = affiliateRepository;
        _couponRepository = couponRepository;
        _discountRepository = discountRepository;
        _webHelper = webHelper;
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    public async Task<AffiliateCouponPageModel> PrepareAffiliateCouponPageModelAsync(CouponGenerationModel generation = null, int templateDiscountId = 0,
        int jobId = 0)
    {
        generation ??= new CouponGenerationModel { StartDate = _timeProvider.GetUtcNow().UtcDateTime.Date };
        await PrepareGenerationListsAsync(generation);

        var model = new AffiliateCouponPageModel { Generation = generation };
        foreach (var job in await _couponService.GetUnfinishedJobsAsync())
            model.UnfinishedJobs.Add(await PrepareCouponJobModelAsync(job));

        var current = jobId > 0 ? await _couponService.GetJobByIdAsync(jobId) : null;
        model.CurrentJob = current is null ? null : await PrepareCouponJobModelAsync(current);
        model.CouponSearch = await PrepareCouponSearchModelAsync(new AffiliateCouponSearchModel { SearchTemplateDiscountId = Math.Max(templateDiscountId, 0) });

        return model;
    }

    /// <inheritdoc />
    public async Task<CouponJobModel> PrepareCouponJobModelAsync(AffiliateCouponGenerationJob job)
    {
        ArgumentNullException.ThrowIfNull(job);

        var template = await _discountRepository.GetByIdAsync(job.TemplateDiscountId);
        var completed = job.Status == CouponGenerationJobStatus.Completed;

        return new CouponJobModel
        {
            Id = job.Id,
            TemplateDiscountId = job.TemplateDiscountId,
            TemplateName = template?.Name ?? $"#{job.TemplateDiscountId}",
            Status = await _localizationService.GetResourceAsync($"{AffiliateTrackingDefaults.LocalePrefix}Enums.CouponGenerationJobStatus.{job.Status}"),
            Completed = completed,
            TotalCount = job.TotalCount,
            ProcessedCount = job.ProcessedCount,
            CreatedCount = job.CreatedCount,
            SkippedCount = job.SkippedCount,
            Percent = CouponJobProgress.Percent(job.ProcessedCount, job.TotalCount, completed),
            CreatedOn = job.CreatedOnUtc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            Summary = string.Format(await _localizationService.GetResourceAsync(P + "Progress.Summary"),
                job.ProcessedCount, job.TotalCount, job.CreatedCount, job.SkippedCount)
        };
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, int>> PrepareAffiliateKeysAsync()
    {
        var affiliates = await _affiliateRepository.Table.Where(a => a.Active && !a.Deleted)
            .Select(a => new { a.Id, a.FriendlyUrlName }).ToListAsync();

        var keys = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var affiliate in affiliates)
        {
            keys[affiliate.Id.ToString(CultureInfo.InvariantCulture)] = affiliate.Id;
            if (!string.IsNullOrWhiteSpace(affiliate.FriendlyUrlName))
                keys.TryAdd(affiliate.FriendlyUrlName.Trim(), affiliate.Id);
        }

        return keys;
    }

    /// <inheritdoc />
    public async Task<IDictionary<int, string>> PrepareAffiliateNamesAsync(IEnumerable<int> affiliateIds)
    {
        var ids = affiliateIds.Distinct().ToList();
        var rows = await (from affiliate in _affiliateRepository.Table
                          join address in _addressRepository.Table on affiliate.AddressId equals address.Id into addresses
                          from address in addresses.DefaultIfEmpty()
                          where ids.Contains(affiliate.Id)
                          select new { affiliate.Id, affiliate.FriendlyUrlName, address.FirstName, address.LastName }).ToListAsync();

        var names = rows.ToDictionary(row => row.Id, row => DisplayName(row.Id, row.FriendlyUrlName, row.FirstName, row.LastName));
        foreach (var id in ids.Where(id => !names.ContainsKey(id)))
            names[id] = $"#{id}";

        return names;
    }

    private async Task PrepareGenerationListsAsync(CouponGenerationModel model)
    {
        // Coupon discounts the owner made: those requiring a code that are not themselves an affiliate's generated code.
        var templates = await _discountRepository.Table
            .Where(d => d.RequiresCouponCode && !_couponRepository.Table.Any(c => c.DiscountId == d.Id))
            .OrderBy(d => d.Name).Select(d => new { d.Id, d.Name, d.CouponCode }).ToListAsync();
        model.AvailableTemplates = templates
            .Select(t => new SelectListItem($"{t.Name} ({t.CouponCode})", t.Id.ToString(CultureInfo.InvariantCulture), t.Id == model.TemplateDiscountId))
            .ToList();
        model.AvailableTemplates.Insert(0, new SelectListItem(await _localizationService.GetResourceAsync(P + "ChooseTemplate"), "0", model.TemplateDiscountId == 0));

        model.AvailablePatterns = new List<SelectListItem>();
        foreach (var pattern in Enum.GetValues<CouponCodePattern>())
        {
            var id = (int)pattern;
            model.AvailablePatterns.Add(new SelectListItem(
                await _localizationService.GetResourceAsync($"{AffiliateTrackingDefaults.LocalePrefix}Enums.CouponCodePattern.{pattern}"),
                id.ToString(CultureInfo.InvariantCulture), id == model.PatternId));
        }

        var selected = (model.SelectedAffiliateIds ?? new List<int>()).ToHashSet();
        var affiliates = await (from affiliate in _affiliateRepository.Table
                                join address in _addressRepository.Table on affiliate.AddressId equals address.Id into addresses
                                from address in addresses.DefaultIfEmpty()
                                where affiliate.Active && !affiliate.Deleted
                                orderby affiliate.Id
                                select new { affiliate.Id, affiliate.FriendlyUrlName, address.FirstName, address.LastName }).ToListAsync();
        model.AvailableAffiliates = affiliates
            .Select(a => new SelectListItem(DisplayName(a.Id, a.FriendlyUrlName, a.FirstName, a.LastName), a.Id.ToString(CultureInfo.InvariantCulture), selected.Contains(a.Id)))
            .ToList();
    }

    /// <inheritdoc />
    public async Task<AffiliateCouponSearchModel> PrepareCouponSearchModelAsync(AffiliateCouponSearchModel searchModel)
    {
        searchModel ??= new AffiliateCouponSearchModel();

        var counts = await _couponRepository.Table.GroupBy(c => c.TemplateDiscountId)
            .Select(g => new { TemplateDiscountId = g.Key, Count = g.Count() }).ToListAsync();
        var templateNames = await TemplateNamesAsync(counts.Select(c => c.TemplateDiscountId).ToList());
        searchModel.Templates = counts.OrderBy(c => c.TemplateDiscountId).Select(c => new AffiliateCouponTemplateModel
        {
            TemplateDiscountId = c.TemplateDiscountId,
            TemplateName = templateNames.GetValueOrDefault(c.TemplateDiscountId, $"#{c.TemplateDiscountId}"),
            CouponCount = c.Count
        }).ToList();
        searchModel.AvailableTemplates = searchModel.Templates
            .Select(t => new SelectListItem(t.TemplateName, t.TemplateDiscountId.ToString(CultureInfo.InvariantCulture), t.TemplateDiscountId == searchModel.SearchTemplateDiscountId))
            .ToList();
        searchModel.AvailableTemplates.Insert(0, new SelectListItem(await _localizationService.GetResourceAsync(P + "AllTemplates"), "0", searchModel.SearchTemplateDiscountId == 0));

        // nopCommerce's parameterless SetGridPageSize reads AdminAreaSettings; this grid keeps its own bounded sizes.
        searchModel.SetGridPageSize(AffiliateTrackingDefaults.CouponListPageSize,
            string.Join(",", new[] { 15, AffiliateTrackingDefaults.CouponListPageSize, 100, AffiliateTrackingDefaults.CouponsGridMaxPageSize }));

        return searchModel;
    }

    /// <inheritdoc />
    public async Task<AffiliateCouponListModel> PrepareCouponListModelAsync(AffiliateCouponSearchModel searchModel, int templateDiscountId)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var grid = GridPage.FromOffset(searchModel.Start, searchModel.Length,
            AffiliateTrackingDefaults.CouponListPageSize, AffiliateTrackingDefaults.CouponsGridMaxPageSize);
        var page = await _couponService.GetCouponsAsync(templateDiscountId, 0, grid.PageIndex, grid.PageSize);

        var templateNames = await TemplateNamesAsync(page.Select(c => c.TemplateDiscountId).Distinct().ToList());
        var affiliateIds = page.Select(c => c.AffiliateId).Distinct().ToList();
        var affiliates = (await _affiliateRepository.Table.Where(a => affiliateIds.Contains(a.Id)).ToListAsync()).ToDictionary(a => a.Id);
        var names = await PrepareAffiliateNamesAsync(affiliateIds);
        var discountIds = page.Select(c => c.DiscountId).ToList();
        var discounts = (await _discountRepository.Table.Where(d => discountIds.Contains(d.Id)).ToListAsync()).ToDictionary(d => d.Id);
        var storeLocation = _webHelper.GetStoreLocation();
        var active = await _localizationService.GetResourceAsync(P + "Status.Active");
        var inactive = await _localizationService.GetResourceAsync(P + "Status.Inactive");
        var missing = await _localizationService.GetResourceAsync(P + "Status.DiscountMissing");

        var rows = new List<AffiliateCouponModel>(page.Count);
        foreach (var coupon in page)
        {
            var discount = discounts.GetValueOrDefault(coupon.DiscountId);
            var isActive = coupon.Active && discount is { IsActive: true };
            rows.Add(new AffiliateCouponModel
            {
                Id = coupon.Id,
                AffiliateId = coupon.AffiliateId,
                AffiliateName = names[coupon.AffiliateId],
                TemplateDiscountId = coupon.TemplateDiscountId,
                TemplateName = templateNames.GetValueOrDefault(coupon.TemplateDiscountId, $"#{coupon.TemplateDiscountId}"),
                CouponCode = coupon.CouponCode,
                DiscountId = coupon.DiscountId,
                DiscountName = discount?.Name,
                DiscountUrl = discount is null ? null : storeLocation + AffiliateTrackingDefaults.CoreDiscountEditPath + discount.Id.ToString(CultureInfo.InvariantCulture),
                TrackingUrl = affiliates.TryGetValue(coupon.AffiliateId, out var affiliate) ? _couponService.GetCouponTrackingUrl(coupon, affiliate, storeLocation) : null,
                Active = isActive,
                Status = discount is null ? missing : isActive ? active : inactive
            });
        }

        return new AffiliateCouponListModel
        {
            Data = rows,
            Draw = searchModel.Draw,
            RecordsTotal = page.TotalCount,
            RecordsFiltered = page.TotalCount
        };
    }

    private async Task<Dictionary<int, string>> TemplateNamesAsync(IList<int> templateIds) =>
        (await _discountRepository.Table.Where(d => templateIds.Contains(d.Id)).Select(d => new { d.Id, d.Name }).ToListAsync())
            .ToDictionary(d => d.Id, d => d.Name);

    private static string DisplayName(int id, string friendlyUrlName, string firstName, string lastName)
    {
        var fullName = $"{firstName} {lastName}".Trim();
        if (!string.IsNullOrWhiteSpace(friendlyUrlName))
            return fullName.Length > 0 ? $"{friendlyUrlName} ({fullName})" : friendlyUrlName;

        return fullName.Length > 0 ? fullName : $"#{id}";
    }
}
