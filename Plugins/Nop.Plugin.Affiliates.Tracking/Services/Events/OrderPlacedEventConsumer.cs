using Nop.Core.Domain.Orders;
using Nop.Plugin.Affiliates.Tracking.Services.Attribution;
using Nop.Services.Events;

namespace Nop.Plugin.Affiliates.Tracking.Services.Events;

public class OrderPlacedEventConsumer : IConsumer<OrderPlacedEvent>
{
    private readonly IOrderAttributionService _orderAttributionService;

    public OrderPlacedEventConsumer(IOrderAttributionService orderAttributionService)
    {
        _orderAttributionService = orderAttributionService;
    }

    public Task HandleEventAsync(OrderPlacedEvent eventMessage) => _orderAttributionService.AttributeOrderAsync(eventMessage.Order);
}
