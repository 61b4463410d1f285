using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Services.Reports;

public class ClickRollupService : IClickRollupService
{
    private const int ProgramAffiliateId = 0;

    private readonly IRepository<AffiliateClick> _clickRepository;
    private readonly IRepository<AffiliateClickDay> _clickDayRepository;

    public ClickRollupService(IRepository<AffiliateClick> clickRepository,
        IRepository<AffiliateClickDay> clickDayRepository)
    {
        _clickRepository = clickRepository;
        _clickDayRepository = clickDayRepository;
    }

    /// <inheritdoc />
    public async Task EnsureRolledUpAsync(DateOnly from, DateOnly to)
    {
        if (to < from)
            return;

        var start = ToUtc(from);
        var end = ToUtc(to.AddDays(1));
        var done = (await _clickDayRepository.Table
                .Where(day => day.AffiliateId == ProgramAffiliateId && day.Day >= start && day.Day < end)
                .Select(day => day.Day)
                .Distinct()
                .ToListAsync())
            .Select(DateOnly.FromDateTime)
            .ToHashSet();

        // One grouped read per run of missing days (usually the one day that closed since the last dashboard view).
        var runStart = (DateOnly?)null;
        for (var day = from; day <= to.AddDays(1); day = day.AddDays(1))
        {
            var missing = day <= to && !done.Contains(day);
            if (missing && runStart is null)
                runStart = day;
            else if (!missing && runStart is { } first)
            {
                await RollUpAsync(first, day);
                runStart = null;
            }
        }
    }

    // Days from first (included) to end (excluded). The day marks (AffiliateId 0) come after the affiliates' rows, so a
    // day counts as done only once its rows are in; an interrupted insert is redone, and its equal duplicates are harmless.
    private async Task RollUpAsync(DateOnly first, DateOnly end)
    {
        var start = ToUtc(first);
        var stop = ToUtc(end);
        var counts = await _clickRepository.Table
            .Where(click => click.CreatedOnUtc >= start && click.CreatedOnUtc < stop)
            .GroupBy(click => new { click.AffiliateId, click.CreatedOnUtc.Date })
            .Select(group => new { group.Key.AffiliateId, group.Key.Date, Clicks = group.Count() })
            .ToListAsync();

        var rows = counts
            .Where(count => count.AffiliateId != ProgramAffiliateId)
            .Select(count => new AffiliateClickDay { AffiliateId = count.AffiliateId, Day = DateTime.SpecifyKind(count.Date, DateTimeKind.Utc), Clicks = count.Clicks })
            .ToList();

        for (var day = first; day < end; day = day.AddDays(1))
        {
            var dayUtc = ToUtc(day);
            rows.Add(new AffiliateClickDay
            {
                AffiliateId = ProgramAffiliateId,
                Day = dayUtc,
                Clicks = counts.Where(count => count.Date == dayUtc).Sum(count => count.Clicks)
            });
        }

        await _clickDayRepository.InsertAsync(rows, publishEvent: false);
    }

    private static DateTime ToUtc(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
