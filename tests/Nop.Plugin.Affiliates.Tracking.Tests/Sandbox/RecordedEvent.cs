using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

/// <summary>
/// An event as a consumer saw it: the order's state is copied on receipt, because the sandbox (like nopCommerce) keeps
/// changing the same Order instance after publishing.
/// </summary>
/// <param name="Name">Event type name, e.g. OrderPaidEvent or EntityUpdatedEvent&lt;Order&gt;.</param>
public sealed record RecordedEvent(
    string Name,
    object Event,
    int OrderId,
    OrderStatus? OrderStatus,
    PaymentStatus? PaymentStatus,
    decimal? RefundedAmount,
    int? AffiliateId,
    decimal? Amount,
    OrderStatus? PreviousOrderStatus)
{
    public static RecordedEvent From(object @event)
    {
        var order = @event switch
        {
            OrderPlacedEvent placed => placed.Order,
            OrderPaidEvent paid => paid.Order,
            OrderRefundedEvent refunded => refunded.Order,
            OrderVoidedEvent voided => voided.Order,
            OrderAuthorizedEvent authorized => authorized.Order,
            OrderStatusChangedEvent changed => changed.Order,
            _ => @event.GetType().GetProperty("Entity")?.GetValue(@event) as Order
        };

        return new RecordedEvent(Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure.SandboxEventNames.GetName(@event.GetType()), @event,
            order?.Id ?? 0, order?.OrderStatus, order?.PaymentStatus, order?.RefundedAmount, order?.AffiliateId,
            (@event as OrderRefundedEvent)?.Amount, (@event as OrderStatusChangedEvent)?.PreviousOrderStatus);
    }

    public override string ToString() =>
        $"{Name}(order {OrderId}, {OrderStatus}/{PaymentStatus}{(Amount.HasValue ? $", amount {Amount}" : "")}{(PreviousOrderStatus.HasValue ? $", from {PreviousOrderStatus}" : "")})";
}
