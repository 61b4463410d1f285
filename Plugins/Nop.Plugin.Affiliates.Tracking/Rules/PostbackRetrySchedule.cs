namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// When a failed postback is tried again: exponential backoff from <see cref="FirstDelay"/>, doubling, capped at
/// <see cref="MaxDelay"/>; after <see cref="MaxAttempts"/> failed attempts it is abandoned (kept, visible, never sent again).
/// With the defaults the attempts span about 1.5 days: 1, 2, 4 … 256 minutes, then every 6 hours.
/// </summary>
public static class PostbackRetrySchedule
{
    public const int MaxAttempts = 12;

    public static readonly TimeSpan FirstDelay = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan MaxDelay = TimeSpan.FromHours(6);

    /// <summary>
    /// The delay after the given number of failed attempts (1 = the first attempt failed).
    /// </summary>
    public static TimeSpan DelayAfter(int failedAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);

        // 2^(n-1) minutes overflows nothing before the cap: compare exponents instead of multiplying.
        var exponent = failedAttempts - 1;
        if (exponent >= 30)
            return MaxDelay;

        var delay = TimeSpan.FromTicks(FirstDelay.Ticks * (1L << exponent));
        return delay > MaxDelay ? MaxDelay : delay;
    }

    /// <summary>
    /// The next attempt after a failure at <paramref name="failedAtUtc"/>, or null when the postback is to be abandoned.
    /// </summary>
    public static DateTime? NextAttemptUtc(int failedAttempts, DateTime failedAtUtc) =>
        failedAttempts >= MaxAttempts ? null : failedAtUtc + DelayAfter(failedAttempts);

    /// <summary>
    /// Only a 2xx answer counts as delivered; redirects are not followed, since the owner's URL is the receiver.
    /// </summary>
    public static bool IsDelivered(int statusCode) => statusCode is >= 200 and <= 299;
}
