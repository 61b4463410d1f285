using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Services.Reports;

/// <summary>
/// Clicks, conversions, conversion rate and earnings over a period, with one entry per day for a chart.
/// </summary>
public interface IAffiliateStatisticsService
{
    /// <summary>
    /// One affiliate's numbers; an id of 0 or less has none (all zero), never the program's.
    /// </summary>
    Task<AffiliateStatistics> GetAffiliateStatisticsAsync(int affiliateId, StatisticsPeriod period);

    /// <summary>
    /// The numbers of every affiliate together, for the admin.
    /// </summary>
    Task<AffiliateStatistics> GetProgramStatisticsAsync(StatisticsPeriod period);
}
