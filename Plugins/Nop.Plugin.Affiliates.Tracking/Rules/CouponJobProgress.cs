namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// The percentage the generation progress bar shows.
/// </summary>
public static class CouponJobProgress
{
    /// <summary>
    /// 100 only once the run is completed; until then at most 99, also when affiliates added after the start make
    /// the processed count reach or pass the total counted at the start.
    /// </summary>
    public static int Percent(int processed, int total, bool completed)
    {
        if (completed)
            return 100;
        if (total <= 0 || processed <= 0)
            return 0;

        return (int)Math.Min(99, (long)processed * 100 / total);
    }
}
