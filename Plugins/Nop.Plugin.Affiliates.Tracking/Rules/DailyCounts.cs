namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// One day of a dashboard chart.
/// </summary>
public sealed record DailyCounts(DateOnly Day, long Clicks, long Conversions, decimal Earnings);
