namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// The period a dashboard shows and how it was chosen: <see cref="PresetDays"/> when a preset (or the default) was
/// used, null for a typed from/to range. <see cref="Error"/> says why the request was not taken as asked; the period is
/// then the default one.
/// </summary>
public readonly record struct DashboardPeriod(StatisticsPeriod Period, int? PresetDays, DashboardPeriodError Error);
