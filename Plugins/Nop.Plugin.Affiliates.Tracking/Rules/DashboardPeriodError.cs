namespace Nop.Plugin.Affiliates.Tracking.Rules;

public enum DashboardPeriodError
{
    None,

    /// <summary>A day is not a real yyyy-MM-dd date.</summary>
    InvalidDate,

    FromAfterTo,

    /// <summary>The days span more than <see cref="StatisticsPeriod.MaxDays"/>.</summary>
    TooLong,

    /// <summary>A preset that is not one of <see cref="DashboardPeriodRule.PresetDays"/>.</summary>
    InvalidDays
}
