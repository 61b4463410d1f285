namespace Nop.Plugin.Affiliates.Tracking.Rules;

public static class ConversionRate
{
    /// <summary>
    /// Conversions per hundred clicks, rounded half away from zero to two decimals; 0 without clicks. It may pass 100:
    /// coupon conversions need no click.
    /// </summary>
    public static decimal Percent(long conversions, long clicks)
    {
        if (clicks <= 0 || conversions <= 0)
            return 0m;

        return Math.Round(conversions * 100m / clicks, 2, MidpointRounding.AwayFromZero);
    }
}
