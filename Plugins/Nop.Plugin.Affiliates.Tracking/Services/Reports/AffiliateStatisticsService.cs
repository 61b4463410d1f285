using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Services.Reports;

public class AffiliateStatisticsService : IAffiliateStatisticsService
{
    private readonly IClickRollupService _clickRollupService;
    private readonly IRepository<AffiliateClick> _clickRepository;
    private readonly IRepository<AffiliateClickDay> _clickDayRepository;
    private readonly IRepository<AffiliateCommission> _commissionRepository;
    private readonly TimeProvider _timeProvider;

    public AffiliateStatisticsService(IClickRollupService clickRollupService,
        IRepository<AffiliateClick> clickRepository,
        IRepository<AffiliateClickDay> clickDayRepository,
        IRepository<AffiliateCommission> commissionRepository,
        TimeProvider timeProvider)
    {
        _clickRollupService = clickRollupService;
        _clickRepository = clickRepository;
        _clickDayRepository = clickDayRepository;
        _commissionRepository = commissionRepository;
        _timeProvider = timeProvider;
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

        // Commissions: the (AffiliateId, CreatedOnUtc, StatusId, Amount) index covers an affiliate's period; an affiliate
        // has about a tenth as many conversions as clicks.
        var commissions = _commissionRepository.Table.Where(commission => commission.CreatedOnUtc >= start && commission.CreatedOnUtc < end);
        if (affiliateId > 0)
            commissions = commissions.Where(commission => commission.AffiliateId == affiliateId);

        var clickDays = await GetClickDaysAsync(affiliateId, period);

        var commissionDays = await commissions
            .GroupBy(commission => new { commission.CreatedOnUtc.Date, commission.StatusId })
            .Select(group => new DayStatusTotal(group.Key.Date, group.Key.StatusId, group.Count(), group.Sum(commission => commission.Amount)))
            .ToListAsync();

        return Summarize(period, clickDays, commissionDays);
    }

    // Closed days come from the daily roll-up (one row per day, AffiliateId 0 for the whole program); the open days
    // (today and yesterday) from the clicks themselves.
    private async Task<List<DayCount>> GetClickDaysAsync(int affiliateId, StatisticsPeriod period)
    {
        var today = DateOnly.FromDateTime(_timeProvider.GetUtcNow().UtcDateTime);
        var rawStart = period.StartUtc;
        var days = new List<DayCount>();

        if (ClickRollupDays.ClosedPart(period, today) is { } closed)
        {
            await _clickRollupService.EnsureRolledUpAsync(closed.From, closed.To);

            var closedStart = closed.StartUtc;
            var closedEnd = closed.EndUtc;
            // Equal duplicate rows (two nodes rolled up the same day) count once: Max, not Sum.
            days.AddRange(await _clickDayRepository.Table
                .Where(day => day.AffiliateId == affiliateId && day.Day >= closedStart && day.Day < closedEnd)
                .GroupBy(day => day.Day)
                .Select(group => new DayCount(group.Key, group.Max(day => day.Clicks)))
                .ToListAsync());
            rawStart = closedEnd;
        }

        var end = period.EndUtc;
        if (rawStart >= end)
            return days;

        var clicks = _clickRepository.Table.Where(click => click.CreatedOnUtc >= rawStart && click.CreatedOnUtc < end);
        if (affiliateId > 0)
            clicks = clicks.Where(click => click.AffiliateId == affiliateId);

        days.AddRange(await clicks
            .GroupBy(click => click.CreatedOnUtc.Date)
            .Select(group => new DayCount(group.Key, group.Count()))
            .ToListAsync());
        return days;
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
