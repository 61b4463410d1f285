using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Services.Reports;

public class AffiliateStatisticsService : IAffiliateStatisticsService
{
    private readonly IRepository<AffiliateClick> _clickRepository;
    private readonly IRepository<AffiliateCommission> _commissionRepository;

    public AffiliateStatisticsService(IRepository<AffiliateClick> clickRepository,
        IRepository<AffiliateCommission> commissionRepository)
    {
        _clickRepository = clickRepository;
        _commissionRepository = commissionRepository;
    }

    /// <inheritdoc />
    public Task<AffiliateStatistics> GetAffiliateStatisticsAsync(int affiliateId, StatisticsPeriod period)
    {
        if (affiliateId <= 0)
            return Task.FromResult(Summarize(period, [], []));

        return GetStatisticsAsync(affiliateId, period);
    }

    /// <inheritdoc />
    public Task<AffiliateStatistics> GetProgramStatisticsAsync(StatisticsPeriod period) => GetStatisticsAsync(0, period);

    private async Task<AffiliateStatistics> GetStatisticsAsync(int affiliateId, StatisticsPeriod period)
    {
        var start = period.StartUtc;
        var end = period.EndUtc;

        // Both queries group in the database (a few hundred rows at most come back) and read only the
        // (AffiliateId, CreatedOnUtc) / (CreatedOnUtc) index range of the period.
        var clicks = _clickRepository.Table.Where(click => click.CreatedOnUtc >= start && click.CreatedOnUtc < end);
        var commissions = _commissionRepository.Table.Where(commission => commission.CreatedOnUtc >= start && commission.CreatedOnUtc < end);
        if (affiliateId > 0)
        {
            clicks = clicks.Where(click => click.AffiliateId == affiliateId);
            commissions = commissions.Where(commission => commission.AffiliateId == affiliateId);
        }

        var clickDays = await clicks
            .GroupBy(click => click.CreatedOnUtc.Date)
            .Select(group => new DayCount(group.Key, group.Count()))
            .ToListAsync();

        var commissionDays = await commissions
            .GroupBy(commission => new { commission.CreatedOnUtc.Date, commission.StatusId })
            .Select(group => new DayStatusTotal(group.Key.Date, group.Key.StatusId, group.Count(), group.Sum(commission => commission.Amount)))
            .ToListAsync();

        return Summarize(period, clickDays, commissionDays);
    }

    private static AffiliateStatistics Summarize(StatisticsPeriod period, IReadOnlyList<DayCount> clickDays, IReadOnlyList<DayStatusTotal> commissionDays)
    {
        var reversed = (int)CommissionStatus.Reversed;
        var earning = commissionDays.Where(total => total.StatusId != reversed).ToList();

        var rows = clickDays.Select(day => new DailyCounts(DateOnly.FromDateTime(day.Day), day.Count, 0, 0m))
            .Concat(earning.Select(total => new DailyCounts(DateOnly.FromDateTime(total.Day), 0, total.Count, total.Amount)));

        var clicks = clickDays.Sum(day => (long)day.Count);
        var conversions = earning.Sum(total => (long)total.Count);

        return new AffiliateStatistics(
            period,
            clicks,
            conversions,
            ConversionRate.Percent(conversions, clicks),
            SumOf(commissionDays, CommissionStatus.Pending),
            SumOf(commissionDays, CommissionStatus.Approved),
            SumOf(commissionDays, CommissionStatus.Paid),
            commissionDays.Where(total => total.StatusId == reversed).Sum(total => (long)total.Count),
            DailySeries.Fill(period, rows));
    }

    private static decimal SumOf(IEnumerable<DayStatusTotal> totals, CommissionStatus status) =>
        totals.Where(total => total.StatusId == (int)status).Sum(total => total.Amount);

    private sealed record DayCount(DateTime Day, int Count);

    private sealed record DayStatusTotal(DateTime Day, int StatusId, int Count, decimal Amount);
}
