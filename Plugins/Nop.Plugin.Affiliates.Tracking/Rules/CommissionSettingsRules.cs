namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Ranges for the commission and payout settings; anything outside is a typo, not a business decision.
/// </summary>
public static class CommissionSettingsRules
{
    public const decimal MaxPercentage = 100m;

    public const decimal MaxAmount = 1_000_000m;

    public const int MaxHoldPeriodDays = 365;

    public static bool IsValidPercentage(decimal percentage) => percentage is >= 0m and <= MaxPercentage;

    public static bool IsValidAmount(decimal amount) => amount is >= 0m and <= MaxAmount;

    public static bool IsValidHoldPeriod(int days) => days is >= 0 and <= MaxHoldPeriodDays;

    public const int MinReconcileDays = 1;

    public const int MaxReconcileDays = 3650;

    public static bool IsValidReconcileDays(int days) => days is >= MinReconcileDays and <= MaxReconcileDays;
}
