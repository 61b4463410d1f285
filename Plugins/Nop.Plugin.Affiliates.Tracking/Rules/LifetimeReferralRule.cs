namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Whether an order placed at <c>orderedOnUtc</c> is still credited by a lifetime referral made at
/// <c>referredOnUtc</c>. The end is exclusive, like the attribution window.
/// </summary>
public static class LifetimeReferralRule
{
    public const int MinMonths = 1;

    public const int MaxMonths = 120;

    public static bool IsValidMonths(int months) => months is >= MinMonths and <= MaxMonths;

    public static bool Credits(LifetimeCommissionMode mode, int months, DateTime referredOnUtc, DateTime orderedOnUtc) => mode switch
    {
        LifetimeCommissionMode.Forever => orderedOnUtc >= referredOnUtc,
        LifetimeCommissionMode.ForMonths => IsValidMonths(months) && orderedOnUtc >= referredOnUtc && orderedOnUtc < referredOnUtc.AddMonths(months),
        _ => false
    };
}
