using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Services.Commissions;

/// <summary>
/// Reads what the ledger needs from a nopCommerce order as it is now.
/// </summary>
public static class OrderFactsFactory
{
    public static OrderFacts From(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);

        // A partially or fully refunded order was paid first; nopCommerce only refunds paid orders.
        var paid = order.PaymentStatus is PaymentStatus.Paid or PaymentStatus.PartiallyRefunded or PaymentStatus.Refunded;

        return new OrderFacts(
            order.OrderTotal,
            Math.Max(0m, order.RefundedAmount),
            paid,
            order.PaidDateUtc,
            order.OrderStatus == OrderStatus.Cancelled,
            order.PaymentStatus == PaymentStatus.Voided,
            order.PaymentStatus == PaymentStatus.Refunded,
            order.Deleted);
    }
}
