using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class PostbackRetryScheduleTests
{
    private static readonly DateTime FailedAt = new(2026, 1, 2, 3, 0, 0, DateTimeKind.Utc);

    [TestCase(1, 1)]
    [TestCase(2, 2)]
    [TestCase(3, 4)]
    [TestCase(4, 8)]
    [TestCase(8, 128)]
    [TestCase(9, 256)]
    [TestCase(10, 360)]
    [TestCase(11, 360)]
    [TestCase(40, 360)]
    [TestCase(int.MaxValue, 360)]
    public void DelayAfter_FailedAttempts_DoublesUpToSixHours(int failedAttempts, int expectedMinutes)
    {
        Assert.That(PostbackRetrySchedule.DelayAfter(failedAttempts), Is.EqualTo(TimeSpan.FromMinutes(expectedMinutes)));
    }

    [TestCase(0)]
    [TestCase(-1)]
    public void DelayAfter_NoFailure_Throws(int failedAttempts)
    {
        Assert.That(() => PostbackRetrySchedule.DelayAfter(failedAttempts), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [TestCase(1, 1)]
    [TestCase(11, 360)]
    public void NextAttemptUtc_BelowMaximum_IsFailureTimePlusDelay(int failedAttempts, int expectedMinutes)
    {
        Assert.That(PostbackRetrySchedule.NextAttemptUtc(failedAttempts, FailedAt), Is.EqualTo(FailedAt.AddMinutes(expectedMinutes)));
    }

    [TestCase(12)]
    [TestCase(13)]
    public void NextAttemptUtc_AtMaximum_IsNullSoThePostbackIsAbandoned(int failedAttempts)
    {
        Assert.That(PostbackRetrySchedule.NextAttemptUtc(failedAttempts, FailedAt), Is.Null);
    }

    [Test]
    public void NextAttemptUtc_AllAttempts_SpanAboutOneAndAHalfDays()
    {
        var total = TimeSpan.Zero;
        for (var attempt = 1; attempt < PostbackRetrySchedule.MaxAttempts; attempt++)
            total += PostbackRetrySchedule.DelayAfter(attempt);

        Assert.That(total, Is.EqualTo(TimeSpan.FromMinutes(1 + 2 + 4 + 8 + 16 + 32 + 64 + 128 + 256 + 360 + 360)));
    }

    [TestCase(200, true)]
    [TestCase(201, true)]
    [TestCase(204, true)]
    [TestCase(299, true)]
    [TestCase(199, false)]
    [TestCase(301, false)]
    [TestCase(302, false)]
    [TestCase(400, false)]
    [TestCase(404, false)]
    [TestCase(429, false)]
    [TestCase(500, false)]
    [TestCase(503, false)]
    public void IsDelivered_StatusCode_OnlySuccessCounts(int statusCode, bool expected)
    {
        Assert.That(PostbackRetrySchedule.IsDelivered(statusCode), Is.EqualTo(expected));
    }
}
