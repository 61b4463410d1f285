using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Services.Reports;

/// <summary>
/// Dashboard numbers for one affiliate or the whole program over a period. Conversions and earnings leave reversed
/// commissions out; earnings are in the store's primary currency.
/// </summary>
public sealed record AffiliateStatistics(
    StatisticsPeriod Period,
    long Clicks,
    long Conversions,
    decimal ConversionRatePercent,
    decimal PendingEarnings,
    decimal ApprovedEarnings,
    decimal PaidEarnings,
    long ReversedConversions,
    IReadOnlyList<DailyCounts> Daily)
{
    public decimal TotalEarnings => PendingEarnings + ApprovedEarnings + PaidEarnings;
}
