using Nop.Core.Domain.Orders;
using Nop.Core.Events;
using Nop.Plugin.Affiliates.Tracking.Services.Commissions;
using Nop.Services.Events;

namespace Nop.Plugin.Affiliates.Tracking.Services.Events;

/// <summary>
/// Moves commissions along with their orders. nopCommerce has no cancel or delete event: a cancellation is a status
/// change, a deletion a soft delete raising EntityDeletedEvent; admin status edits and some payment plugins change an
/// order with only EntityUpdatedEvent. Each handler reconciles the commission with the order as it is now, so the order
/// in which these events arrive, and how often, does not matter.
/// </summary>
public class OrderLifecycleEventConsumer :
    IConsumer<OrderPaidEvent>,
    IConsumer<OrderRefundedEvent>,
    IConsumer<OrderVoidedEvent>,
    IConsumer<OrderStatusChangedEvent>,
    IConsumer<EntityDeletedEvent<Order>>,
    IConsumer<EntityUpdatedEvent<Order>>
{
    private readonly IAffiliateCommissionService _commissionService;

    public OrderLifecycleEventConsumer(IAffiliateCommissionService commissionService)
    {
        _commissionService = commissionService;
    }

    public Task HandleEventAsync(OrderPaidEvent eventMessage) => _commissionService.MarkOrderPaidAsync(eventMessage.Order);

    public Task HandleEventAsync(OrderRefundedEvent eventMessage) => _commissionService.ApplyRefundAsync(eventMessage.Order, eventMessage.Amount);

    public Task HandleEventAsync(OrderVoidedEvent eventMessage) => _commissionService.ReverseOrderAsync(eventMessage.Order);

    // Cancelled reverses; a status edited back from Cancelled reinstates; other changes leave the ledger as it is.
    public Task HandleEventAsync(OrderStatusChangedEvent eventMessage) => _commissionService.ReconcileOrderAsync(eventMessage.Order);

    public Task HandleEventAsync(EntityDeletedEvent<Order> eventMessage) => _commissionService.ReverseOrderAsync(eventMessage.Entity);

    // Payment plugins that set PaymentStatus = Paid and save the order raise only this event.
    public Task HandleEventAsync(EntityUpdatedEvent<Order> eventMessage) => _commissionService.ReconcileOrderAsync(eventMessage.Entity);
}
