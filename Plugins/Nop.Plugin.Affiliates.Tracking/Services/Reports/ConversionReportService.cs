using System.Globalization;
using Nop.Core;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Services.Affiliates;

namespace Nop.Plugin.Affiliates.Tracking.Services.Reports;

public class ConversionReportService : IConversionReportService
{
    public static readonly string[] CsvHeader =
    [
        "OrderId", "DateUtc", "AffiliateId", "Affiliate", "Source", "CouponCode", "LinkId", "Link", "Status",
        "BaseAmount", "Commission", "OrderCurrency", "OrderCurrencyRate"
    ];

    private const int CsvBatchSize = 1000;

    private readonly IAffiliateService _affiliateService;
    private readonly IRepository<AffiliateCommission> _commissionRepository;
    private readonly IRepository<AffiliateLink> _linkRepository;

    public ConversionReportService(IAffiliateService affiliateService,
        IRepository<AffiliateCommission> commissionRepository,
        IRepository<AffiliateLink> linkRepository)
    {
        _affiliateService = affiliateService;
        _commissionRepository = commissionRepository;
        _linkRepository = linkRepository;
    }

    /// <inheritdoc />
    public async Task<IPagedList<AffiliateCommission>> SearchConversionsAsync(ConversionFilter filter, int pageIndex, int pageSize)
    {
        var page = ReportPage.FromOffset((int)Math.Min((long)Math.Max(pageIndex, 0) * Math.Max(pageSize, 1), int.MaxValue), pageSize);

        // The count is capped and unordered: COUNT over at most MaxRows entries of whichever index serves the filter,
        // read from the index alone. Counting in the newest-first order would visit the table for each of them.
        var counted = await _commissionRepository.GetAllPagedAsync(query => Filter(query, filter).Take(ReportPage.MaxRows),
            getOnlyTotalCount: true);
        if (counted.TotalCount == 0)
            return new PagedList<AffiliateCommission>(new List<AffiliateCommission>(), page.PageIndex, page.PageSize, 0);

        var items = await Newest(Filter(_commissionRepository.Table, filter))
            .Skip(page.PageIndex * page.PageSize)
            .Take(page.PageSize)
            .ToListAsync();

        return new PagedList<AffiliateCommission>(items, page.PageIndex, page.PageSize, counted.TotalCount);
    }

    /// <inheritdoc />
    public async Task WriteCsvAsync(ConversionFilter filter, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);

        await writer.WriteLineAsync(string.Join(',', CsvHeader));

        var affiliateNames = new Dictionary<int, string>();
        var linkSlugs = new Dictionary<int, string>();
        var line = new List<string>(CsvHeader.Length);

        // Batches by keyset (newest first), each read completely before the names are looked up: no reader stays open
        // while other queries run on the same connection, and every batch starts where the index range left off.
        var query = Filter(_commissionRepository.Table, filter);
        IList<AffiliateCommission> batch = await Newest(query).Take(CsvBatchSize).ToListAsync();
        while (batch.Count > 0)
        {
            foreach (var commission in batch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                line.Clear();
                line.Add(commission.OrderId.ToString(CultureInfo.InvariantCulture));
                line.Add(commission.CreatedOnUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                line.Add(commission.AffiliateId.ToString(CultureInfo.InvariantCulture));
                line.Add(CsvField.FormatText(await GetAffiliateNameAsync(commission.AffiliateId, affiliateNames)));
                line.Add(Enum.IsDefined(commission.Source) ? commission.Source.ToString() : commission.SourceId.ToString(CultureInfo.InvariantCulture));
                line.Add(CsvField.FormatText(commission.CouponCode));
                line.Add(commission.LinkId > 0 ? commission.LinkId.ToString(CultureInfo.InvariantCulture) : string.Empty);
                line.Add(CsvField.FormatText(await GetLinkSlugAsync(commission.LinkId, linkSlugs)));
                line.Add(Enum.IsDefined(commission.Status) ? commission.Status.ToString() : commission.StatusId.ToString(CultureInfo.InvariantCulture));
                line.Add(commission.BaseAmount.ToString("0.00##", CultureInfo.InvariantCulture));
                line.Add(commission.Amount.ToString("0.00##", CultureInfo.InvariantCulture));
                line.Add(CsvField.FormatText(commission.OrderCurrencyCode));
                line.Add(commission.OrderCurrencyRate.ToString("0.####", CultureInfo.InvariantCulture));

                await writer.WriteLineAsync(string.Join(',', line));
            }

            if (batch.Count < CsvBatchSize)
                break;

            var last = batch[^1];
            var lastCreatedOnUtc = last.CreatedOnUtc;
            var lastId = last.Id;

            // "<=" bounds the index range; the second condition drops the rows of the same instant already written.
            batch = await Newest(query.Where(commission => commission.CreatedOnUtc <= lastCreatedOnUtc
                    && (commission.CreatedOnUtc < lastCreatedOnUtc || commission.Id < lastId)))
                .Take(CsvBatchSize).ToListAsync();
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static IQueryable<AffiliateCommission> Filter(IQueryable<AffiliateCommission> query, ConversionFilter filter)
    {
        if (filter is null)
            return query;

        if (filter.AffiliateId > 0)
            query = query.Where(commission => commission.AffiliateId == filter.AffiliateId);

        var couponCode = CouponCodeRules.Normalize(filter.CouponCode);
        if (couponCode.Length > 0)
            query = query.Where(commission => commission.CouponCode == couponCode);

        if (filter.Source is { } source)
        {
            var sourceId = (int)source;
            query = query.Where(commission => commission.SourceId == sourceId);
        }

        if (filter.Status is { } status)
        {
            var statusId = (int)status;
            query = query.Where(commission => commission.StatusId == statusId);
        }

        if (filter.Dates.StartUtc is { } start)
            query = query.Where(commission => commission.CreatedOnUtc >= start);

        if (filter.Dates.EndUtc is { } end)
            query = query.Where(commission => commission.CreatedOnUtc < end);

        return query;
    }

    // The id breaks ties between commissions of the same instant, so pages never repeat or skip a row.
    private static IQueryable<AffiliateCommission> Newest(IQueryable<AffiliateCommission> query) =>
        query.OrderByDescending(commission => commission.CreatedOnUtc).ThenByDescending(commission => commission.Id);

    private async Task<string> GetAffiliateNameAsync(int affiliateId, Dictionary<int, string> cache)
    {
        if (cache.TryGetValue(affiliateId, out var name))
            return name;

        var affiliate = await _affiliateService.GetAffiliateByIdAsync(affiliateId);
        name = affiliate is null ? string.Empty : await _affiliateService.GetAffiliateFullNameAsync(affiliate);
        cache[affiliateId] = name;
        return name;
    }

    private async Task<string> GetLinkSlugAsync(int linkId, Dictionary<int, string> cache)
    {
        if (linkId <= 0)
            return string.Empty;
        if (cache.TryGetValue(linkId, out var slug))
            return slug;

        slug = (await _linkRepository.GetByIdAsync(linkId))?.Slug ?? string.Empty;
        cache[linkId] = slug;
        return slug;
    }
}
