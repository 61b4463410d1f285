using Moq;
using Nop.Plugin.Affiliates.Tracking.Services.Commissions;
using Nop.Plugin.Affiliates.Tracking.Services.Events;
using Nop.Plugin.Affiliates.Tracking.Services.Postbacks;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Events;

[TestFixture]
public class PostbackEventConsumerTests
{
    [Test]
    public async Task HandleEventAsync_CommissionChanged_OnlyEnqueues()
    {
        var postbacks = new Mock<IAffiliatePostbackService>(MockBehavior.Strict);
        var change = new CommissionChangedEvent(1, 2, 3, "pending", 10m, 1m, "USD", null, 0, DateTime.UtcNow);
        postbacks.Setup(s => s.EnqueueAsync(change)).ReturnsAsync((Nop.Plugin.Affiliates.Tracking.Domain.AffiliatePostback)null);

        await new PostbackEventConsumer(postbacks.Object).HandleEventAsync(change);

        postbacks.Verify(s => s.EnqueueAsync(change), Times.Once);
        postbacks.VerifyNoOtherCalls();
    }
}
