namespace Nop.Core.Domain.Orders;

public partial class OrderRefundedEvent
{
    public OrderRefundedEvent(Order order, decimal amount)
    {
        Order = order;
        Amount = amount;
    }

    public Order Order { get; }
    public decimal Amount { get; }
}
