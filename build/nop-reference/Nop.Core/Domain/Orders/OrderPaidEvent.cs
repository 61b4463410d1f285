namespace Nop.Core.Domain.Orders;

public partial class OrderPaidEvent
{
    public OrderPaidEvent(Order order)
    {
        Order = order;
    }

    public Order Order { get; }
}
