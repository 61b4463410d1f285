using Nop.Core;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Tax;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Data;
using Nop.Services.Affiliates;
using Nop.Services.Customers;
using Nop.Services.Discounts;
using Nop.Services.Orders;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Sandbox stand-in for nopCommerce's OrderProcessingService. It keeps nopCommerce 4.90's order of writes and events
/// (INTEGRATION.md §4.2/§4.3), leaving out e-mails, notes, reward points, gift cards, stock and recurring payments.
/// Also offers the two ways nopCommerce code changes orders outside this service: the admin "change status" action and
/// a payment plugin that sets PaymentStatus directly.
/// </summary>
public class SandboxOrderProcessingService
{
    public const string PaymentMethodSystemName = "Payments.Sandbox";

    private readonly IRepository<Address> _addressRepository;
    private readonly IAffiliateService _affiliateService;
    private readonly ICustomerService _customerService;
    private readonly IDiscountService _discountService;
    private readonly IEventPublisher _eventPublisher;
    private readonly IOrderService _orderService;
    private readonly IStoreContext _storeContext;
    private readonly IRepository<SandboxCartItem> _cartItemRepository;
    private readonly TimeProvider _timeProvider;
    private readonly SandboxOrderTotalCalculator _totalCalculator;
    private readonly IWebHelper _webHelper;

    public SandboxOrderProcessingService(IRepository<Address> addressRepository,
        IAffiliateService affiliateService,
        ICustomerService customerService,
        IDiscountService discountService,
        IEventPublisher eventPublisher,
        IOrderService orderService,
        IStoreContext storeContext,
        IRepository<SandboxCartItem> cartItemRepository,
        TimeProvider timeProvider,
        SandboxOrderTotalCalculator totalCalculator,
        IWebHelper webHelper)
    {
        _addressRepository = addressRepository;
        _affiliateService = affiliateService;
        _customerService = customerService;
        _discountService = discountService;
        _eventPublisher = eventPublisher;
        _orderService = orderService;
        _storeContext = storeContext;
        _cartItemRepository = cartItemRepository;
        _timeProvider = timeProvider;
        _totalCalculator = totalCalculator;
        _webHelper = webHelper;
    }

    private DateTime UtcNow => _timeProvider.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Places an order: affiliate copied from the customer → order inserted (then its custom number saved) → items →
    /// discount usage history → coupon codes cleared → OrderPlacedEvent → order status check → OrderPaidEvent if paid.
    /// </summary>
    public async Task<SandboxPlaceOrderResult> PlaceOrderAsync(SandboxPlaceOrderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        var customer = request.Customer;
        if (customer == null)
            return new SandboxPlaceOrderResult(null, ["Customer is not set."]);
        if (request.Lines.Count == 0)
            return new SandboxPlaceOrderResult(null, ["Your cart is empty."]);
        if (request.PaymentStatus is not (PaymentStatus.Pending or PaymentStatus.Authorized or PaymentStatus.Paid))
            return new SandboxPlaceOrderResult(null, ["The sandbox payment method answers Pending, Authorized or Paid only."]);

        var affiliate = await _affiliateService.GetAffiliateByIdAsync(customer.AffiliateId);
        var affiliateId = affiliate is { Active: true, Deleted: false } ? affiliate.Id : 0;

        var totals = await _totalCalculator.CalculateAsync(customer, request.Lines);
        var store = await _storeContext.GetCurrentStoreAsync();
        var billingAddress = await CopyBillingAddressAsync(customer);

        var order = new Order
        {
            OrderGuid = Guid.NewGuid(),
            StoreId = store.Id,
            CustomerId = customer.Id,
            BillingAddressId = billingAddress.Id,
            OrderStatus = OrderStatus.Pending,
            ShippingStatus = request.Lines.Any(line => line.Product.IsShipEnabled) ? ShippingStatus.NotYetShipped : ShippingStatus.ShippingNotRequired,
            PaymentStatus = request.PaymentStatus,
            PaymentMethodSystemName = PaymentMethodSystemName,
            CustomerCurrencyCode = SandboxCurrency.Code,
            CurrencyRate = 1,
            CustomerTaxDisplayType = TaxDisplayType.ExcludingTax,
            OrderSubtotalInclTax = totals.SubTotal,
            OrderSubtotalExclTax = totals.SubTotal,
            OrderSubTotalDiscountInclTax = totals.SubTotalDiscount,
            OrderSubTotalDiscountExclTax = totals.SubTotalDiscount,
            TaxRates = "0:0;",
            OrderDiscount = totals.OrderTotalDiscount,
            OrderTotal = totals.Total,
            CustomerLanguageId = SandboxLocalizationService.LanguageId,
            AffiliateId = affiliateId,
            CustomerIp = _webHelper.GetCurrentIpAddress(),
            PaidDateUtc = request.PaymentStatus == PaymentStatus.Paid ? UtcNow : null,
            CreatedOnUtc = UtcNow,
            CustomOrderNumber = string.Empty
        };

        await _orderService.InsertOrderAsync(order);
        order.CustomOrderNumber = order.Id.ToString();
        await _orderService.UpdateOrderAsync(order);

        foreach (var line in request.Lines)
        {
            await _orderService.InsertOrderItemAsync(new OrderItem
            {
                OrderItemGuid = Guid.NewGuid(),
                OrderId = order.Id,
                ProductId = line.Product.Id,
                Quantity = line.Quantity,
                UnitPriceInclTax = line.Product.Price,
                UnitPriceExclTax = line.Product.Price,
                PriceInclTax = line.LineTotal,
                PriceExclTax = line.LineTotal,
                OriginalProductCost = line.Product.ProductCost,
                AttributeDescription = string.Empty,
                AttributesXml = string.Empty
            });

            if (request.MoveCartItems && line.CartItemId is int cartItemId)
                await _cartItemRepository.DeleteAsync(item => item.Id == cartItemId);
        }

        foreach (var discount in totals.AppliedDiscounts.DistinctBy(discount => discount.Id))
            await _discountService.InsertDiscountUsageHistoryAsync(new DiscountUsageHistory { DiscountId = discount.Id, OrderId = order.Id, CreatedOnUtc = UtcNow });

        await _customerService.ResetCheckoutDataAsync(customer, store.Id, clearCouponCodes: true, clearCheckoutAttributes: true);

        await _eventPublisher.PublishAsync(new OrderPlacedEvent(order));

        await CheckOrderStatusAsync(order);
        if (order.PaymentStatus == PaymentStatus.Paid)
            await _eventPublisher.PublishAsync(new OrderPaidEvent(order));

        return new SandboxPlaceOrderResult(order, []);
    }

    public async Task MarkOrderAsPaidAsync(Order order)
    {
        if (order.OrderStatus == OrderStatus.Cancelled || order.PaymentStatus is PaymentStatus.Paid or PaymentStatus.Refunded or PaymentStatus.Voided)
            throw new SandboxOrderException($"You can't mark this order as paid (status {order.OrderStatus}, payment status {order.PaymentStatus}).");

        order.PaymentStatus = PaymentStatus.Paid;
        order.PaidDateUtc = UtcNow;
        await _orderService.UpdateOrderAsync(order);

        await CheckOrderStatusAsync(order);
        if (order.PaymentStatus == PaymentStatus.Paid)
            await _eventPublisher.PublishAsync(new OrderPaidEvent(order));
    }

    public async Task MarkAsAuthorizedAsync(Order order)
    {
        if (order.OrderStatus == OrderStatus.Cancelled || order.PaymentStatus != PaymentStatus.Pending)
            throw new SandboxOrderException($"You can't mark this order as authorized (payment status {order.PaymentStatus}).");

        order.PaymentStatus = PaymentStatus.Authorized;
        await _orderService.UpdateOrderAsync(order);
        await _eventPublisher.PublishAsync(new OrderAuthorizedEvent(order));
        await CheckOrderStatusAsync(order);
    }

    public async Task RefundOfflineAsync(Order order)
    {
        if (order.OrderTotal == decimal.Zero || order.RefundedAmount > decimal.Zero || order.PaymentStatus != PaymentStatus.Paid)
            throw new SandboxOrderException($"You can't refund this order (payment status {order.PaymentStatus}, refunded {order.RefundedAmount}).");

        var amountToRefund = order.OrderTotal;
        order.RefundedAmount += amountToRefund;
        order.PaymentStatus = PaymentStatus.Refunded;
        await _orderService.UpdateOrderAsync(order);

        await _eventPublisher.PublishAsync(new OrderRefundedEvent(order, amountToRefund));
        await CheckOrderStatusAsync(order);
    }

    public async Task PartiallyRefundOfflineAsync(Order order, decimal amountToRefund)
    {
        var refundable = order.OrderTotal - order.RefundedAmount;
        if (amountToRefund <= decimal.Zero)
            throw new SandboxOrderException("The amount to refund must be positive.");
        if (order.OrderTotal == decimal.Zero || refundable <= decimal.Zero || amountToRefund > refundable
            || order.PaymentStatus is not (PaymentStatus.Paid or PaymentStatus.PartiallyRefunded))
            throw new SandboxOrderException($"You can't partially refund {amountToRefund} (payment status {order.PaymentStatus}, refundable {refundable}).");

        order.RefundedAmount += amountToRefund;
        order.PaymentStatus = order.OrderTotal == order.RefundedAmount ? PaymentStatus.Refunded : PaymentStatus.PartiallyRefunded;
        await _orderService.UpdateOrderAsync(order);

        await _eventPublisher.PublishAsync(new OrderRefundedEvent(order, amountToRefund));
        await CheckOrderStatusAsync(order);
    }

    public async Task VoidOfflineAsync(Order order)
    {
        if (order.OrderTotal == decimal.Zero || order.PaymentStatus != PaymentStatus.Authorized)
            throw new SandboxOrderException($"You can't void this order (payment status {order.PaymentStatus}); only authorized payments can be voided.");

        order.PaymentStatus = PaymentStatus.Voided;
        await _orderService.UpdateOrderAsync(order);

        await _eventPublisher.PublishAsync(new OrderVoidedEvent(order));
        await CheckOrderStatusAsync(order);
    }

    /// <summary>
    /// Cancels like nopCommerce: only the status changes (with OrderStatusChangedEvent); payment status, refunded amount
    /// and discount usage history stay as they are.
    /// </summary>
    public async Task CancelOrderAsync(Order order)
    {
        if (order.OrderStatus == OrderStatus.Cancelled)
            throw new SandboxOrderException("The order is already cancelled.");

        await SetOrderStatusAsync(order, OrderStatus.Cancelled);
    }

    /// <summary>
    /// Soft-deletes the order (EntityDeletedEvent&lt;Order&gt;); no status event.
    /// </summary>
    public async Task DeleteOrderAsync(Order order) => await _orderService.DeleteOrderAsync(order);

    /// <summary>
    /// The admin order page's "change status": sets the status directly and publishes only OrderStatusChangedEvent,
    /// whatever the previous status was (it can even leave Cancelled).
    /// </summary>
    public async Task ChangeOrderStatusAsync(Order order, OrderStatus status)
    {
        var previous = order.OrderStatus;
        order.OrderStatus = status;
        await _orderService.UpdateOrderAsync(order);
        await _eventPublisher.PublishAsync(new OrderStatusChangedEvent(order, previous));
    }

    /// <summary>
    /// What a payment plugin's return handler does in the fork (MastercardGateway): PaymentStatus = Paid and
    /// OrderStatus = Processing saved with UpdateOrderAsync; only EntityUpdatedEvent&lt;Order&gt;, no PaidDateUtc.
    /// </summary>
    public async Task MarkAsPaidDirectlyAsync(Order order)
    {
        order.PaymentStatus = PaymentStatus.Paid;
        order.OrderStatus = OrderStatus.Processing;
        await _orderService.UpdateOrderAsync(order);
    }

    private async Task CheckOrderStatusAsync(Order order)
    {
        var completed = false;
        var saved = true;
        if (order.PaymentStatus == PaymentStatus.Paid)
        {
            if (!order.PaidDateUtc.HasValue)
            {
                order.PaidDateUtc = UtcNow;
                saved = false;
            }

            completed = order.ShippingStatus is ShippingStatus.ShippingNotRequired or ShippingStatus.Shipped or ShippingStatus.Delivered;
        }

        switch (order.OrderStatus)
        {
            case OrderStatus.Pending when order.PaymentStatus is PaymentStatus.Authorized or PaymentStatus.Paid:
                await SetOrderStatusAsync(order, OrderStatus.Processing);
                saved = true;
                break;
            case OrderStatus.Cancelled:
            case OrderStatus.Complete:
                if (!saved)
                    await _orderService.UpdateOrderAsync(order);
                return;
        }

        if (completed)
        {
            await SetOrderStatusAsync(order, OrderStatus.Complete);
            saved = true;
        }

        if (!saved)
            await _orderService.UpdateOrderAsync(order);
    }

    private async Task SetOrderStatusAsync(Order order, OrderStatus status)
    {
        var previous = order.OrderStatus;
        if (previous == status)
            return;

        order.OrderStatus = status;
        await _orderService.UpdateOrderAsync(order);
        await _eventPublisher.PublishAsync(new OrderStatusChangedEvent(order, previous));
    }

    private async Task<Address> CopyBillingAddressAsync(Customer customer)
    {
        var source = await _customerService.GetCustomerBillingAddressAsync(customer);
        var address = new Address
        {
            FirstName = source?.FirstName ?? customer.FirstName ?? "Guest",
            LastName = source?.LastName ?? customer.LastName ?? "Shopper",
            Email = source?.Email ?? customer.Email ?? "guest@sandbox.local",
            City = source?.City ?? "Sandbox City",
            Address1 = source?.Address1 ?? "1 Sandbox Street",
            ZipPostalCode = source?.ZipPostalCode ?? "00000",
            CreatedOnUtc = UtcNow
        };
        await _addressRepository.InsertAsync(address);
        return address;
    }
}
