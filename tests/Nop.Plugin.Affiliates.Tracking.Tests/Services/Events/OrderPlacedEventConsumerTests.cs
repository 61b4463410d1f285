using Moq;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Affiliates.Tracking.Services.Attribution;
using Nop.Plugin.Affiliates.Tracking.Services.Events;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Events;

[TestFixture]
public class OrderPlacedEventConsumerTests
{
    [Test]
    public async Task HandleEventAsync_OrderPlaced_AttributesThatOrderOnce()
    {
        var orderAttributionService = new Mock<IOrderAttributionService>();
        var order = new Order { Id = 1000, StoreId = 3, CustomerId = 42 };

        await new OrderPlacedEventConsumer(orderAttributionService.Object).HandleEventAsync(new OrderPlacedEvent(order));

        orderAttributionService.Verify(s => s.AttributeOrderAsync(order), Times.Once);
        orderAttributionService.VerifyNoOtherCalls();
    }
}
