using Moq;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Services.Attribution;
using Nop.Plugin.Affiliates.Tracking.Services.Commissions;
using Nop.Plugin.Affiliates.Tracking.Services.Events;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Events;

[TestFixture]
public class OrderPlacedEventConsumerTests
{
    [Test]
    public async Task HandleEventAsync_OrderCredited_AttributesThenCreditsThatOrderOnce()
    {
        var order = new Order { Id = 1000, StoreId = 3, CustomerId = 42 };
        var attribution = new OrderAttribution(7, AttributionSource.Link, 5, ClickId: 9);
        var orderAttributionService = new Mock<IOrderAttributionService>();
        orderAttributionService.Setup(s => s.AttributeOrderAsync(order)).ReturnsAsync(attribution);
        var commissionService = new Mock<IAffiliateCommissionService>();

        await new OrderPlacedEventConsumer(commissionService.Object, orderAttributionService.Object).HandleEventAsync(new OrderPlacedEvent(order));

        orderAttributionService.Verify(s => s.AttributeOrderAsync(order), Times.Once);
        commissionService.Verify(s => s.CreditOrderAsync(order, attribution), Times.Once);
        commissionService.VerifyNoOtherCalls();
    }

    [Test]
    public async Task HandleEventAsync_OrderNotCredited_RecordsNoCommission()
    {
        var order = new Order { Id = 1000 };
        var orderAttributionService = new Mock<IOrderAttributionService>();
        orderAttributionService.Setup(s => s.AttributeOrderAsync(order)).ReturnsAsync(OrderAttribution.None);
        var commissionService = new Mock<IAffiliateCommissionService>();

        await new OrderPlacedEventConsumer(commissionService.Object, orderAttributionService.Object).HandleEventAsync(new OrderPlacedEvent(order));

        commissionService.VerifyNoOtherCalls();
    }
}
