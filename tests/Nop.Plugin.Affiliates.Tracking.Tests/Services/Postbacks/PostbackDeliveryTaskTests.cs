using Moq;
using Nop.Plugin.Affiliates.Tracking.Services.Postbacks;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Postbacks;

[TestFixture]
public class PostbackDeliveryTaskTests
{
    [Test]
    public async Task ExecuteAsync_Always_DeliversDuePostbacksOnce()
    {
        var delivery = new Mock<IPostbackDeliveryService>();
        delivery.Setup(d => d.DeliverDueAsync(It.IsAny<CancellationToken>())).ReturnsAsync(PostbackDeliveryReport.Empty);

        await new PostbackDeliveryTask(delivery.Object).ExecuteAsync();

        delivery.Verify(d => d.DeliverDueAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public void TaskType_MatchesTheInstalledScheduleTaskType()
    {
        Assert.That(typeof(PostbackDeliveryTask).FullName, Is.EqualTo(AffiliateTrackingDefaults.PostbackTaskType));
    }
}
