using Nop.Core.Domain.Orders;
using Nop.Plugin.Affiliates.Tracking.Services.Attribution;
using Nop.Plugin.Affiliates.Tracking.Services.Commissions;
using Nop.Services.Events;

namespace Nop.Plugin.Affiliates.Tracking.Services.Events;

/// <summary>
/// Decides who a placed order credits, then records its commission. Both steps are idempotent, so a second delivery
/// of the event (or the same event on another web-farm node) changes nothing.
/// </summary>
public class OrderPlacedEventConsumer : IConsumer<OrderPlacedEvent>
{
    private readonly IAffiliateCommissionService _commissionService;
    private readonly IOrderAttributionService _orderAttributionService;

    public OrderPlacedEventConsumer(IAffiliateCommissionService commissionService, IOrderAttributionService orderAttributionService)
    {
        _commissionService = commissionService;
        _orderAttributionService = orderAttributionService;
    }

    public async Task HandleEventAsync(OrderPlacedEvent eventMessage)
    {
        var attribution = await _orderAttributionService.AttributeOrderAsync(eventMessage.Order);
        if (attribution.IsCredited)
            await _commissionService.CreditOrderAsync(eventMessage.Order, attribution);
    }
}
