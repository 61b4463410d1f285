using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Factories;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Models.Api;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Services;
using Nop.Services.Customers;
using Nop.Services.Orders;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Controllers.Api;

/// <summary>
/// Sandbox-only JSON API to place orders and move them through nopCommerce's payment and status changes, so tests and
/// scripts drive the plugin's order consumers over HTTP. Not a nopCommerce API.
/// </summary>
[ApiController]
[Route("sandbox/api/orders")]
public class SandboxOrdersApiController : ControllerBase
{
    private readonly SandboxCartService _cartService;
    private readonly SandboxCouponService _couponService;
    private readonly ICustomerService _customerService;
    private readonly SandboxOrderApiModelFactory _modelFactory;
    private readonly SandboxOrderProcessingService _orderProcessingService;
    private readonly IOrderService _orderService;
    private readonly IWorkContext _workContext;

    public SandboxOrdersApiController(SandboxCartService cartService,
        SandboxCouponService couponService,
        ICustomerService customerService,
        SandboxOrderApiModelFactory modelFactory,
        SandboxOrderProcessingService orderProcessingService,
        IOrderService orderService,
        IWorkContext workContext)
    {
        _cartService = cartService;
        _couponService = couponService;
        _customerService = customerService;
        _modelFactory = modelFactory;
        _orderProcessingService = orderProcessingService;
        _orderService = orderService;
        _workContext = workContext;
    }

    [HttpPost]
    public async Task<IActionResult> PlaceOrder(SandboxPlaceOrderApiRequest request)
    {
        var paymentStatus = PaymentStatus.Pending;
        if (!string.IsNullOrEmpty(request.PaymentStatus) && !Enum.TryParse(request.PaymentStatus, true, out paymentStatus))
            return Error($"Unknown PaymentStatus '{request.PaymentStatus}' (use Pending, Authorized or Paid).");
        if (request.Items == null || request.Items.Count == 0)
            return Error("Items must list at least one { ProductId, Quantity }.");

        var customer = request.CustomerId is int customerId
            ? await _customerService.GetCustomerByIdAsync(customerId)
            : await _workContext.GetCurrentCustomerAsync();
        if (customer is not { Deleted: false })
            return Error($"Customer {request.CustomerId} does not exist.");

        var lines = new List<SandboxCartLine>();
        foreach (var item in request.Items)
        {
            if (item.Quantity is < 1 or > SandboxCartService.MaximumQuantity)
                return Error($"Quantity of product {item.ProductId} must be between 1 and {SandboxCartService.MaximumQuantity}.");

            var product = await _cartService.GetPublishedProductAsync(item.ProductId);
            if (product == null)
                return Error($"Product {item.ProductId} does not exist.");

            lines.Add(new SandboxCartLine(product, item.Quantity));
        }

        foreach (var code in request.CouponCodes ?? [])
        {
            var coupon = await _couponService.ApplyAsync(customer, code);
            if (!coupon.Applied)
                return Error($"Coupon code '{code}' cannot be applied: {coupon.Message}");
        }

        var result = await _orderProcessingService.PlaceOrderAsync(new SandboxPlaceOrderRequest { Customer = customer, Lines = lines, PaymentStatus = paymentStatus });
        if (!result.Success)
            return Error(string.Join(" ", result.Errors));

        return Ok(await _modelFactory.PrepareOrderAsync(result.Order));
    }

    [HttpGet("{orderId:int}")]
    public async Task<IActionResult> GetOrder(int orderId)
    {
        var order = await _orderService.GetOrderByIdAsync(orderId);
        return order == null ? OrderNotFound(orderId) : Ok(await _modelFactory.PrepareOrderAsync(order));
    }

    [HttpPost("{orderId:int}/pay")]
    public Task<IActionResult> MarkAsPaid(int orderId) => ChangeAsync(orderId, order => _orderProcessingService.MarkOrderAsPaidAsync(order));

    [HttpPost("{orderId:int}/authorize")]
    public Task<IActionResult> MarkAsAuthorized(int orderId) => ChangeAsync(orderId, order => _orderProcessingService.MarkAsAuthorizedAsync(order));

    [HttpPost("{orderId:int}/refund")]
    public Task<IActionResult> Refund(int orderId) => ChangeAsync(orderId, order => _orderProcessingService.RefundOfflineAsync(order));

    [HttpPost("{orderId:int}/partial-refund")]
    public Task<IActionResult> PartiallyRefund(int orderId, SandboxOrderActionApiRequest request)
    {
        if (request?.Amount is not decimal amount)
            return Task.FromResult<IActionResult>(Error("Amount is required, e.g. { \"Amount\": 10.00 }."));

        return ChangeAsync(orderId, order => _orderProcessingService.PartiallyRefundOfflineAsync(order, amount));
    }

    [HttpPost("{orderId:int}/void")]
    public Task<IActionResult> Void(int orderId) => ChangeAsync(orderId, order => _orderProcessingService.VoidOfflineAsync(order));

    [HttpPost("{orderId:int}/cancel")]
    public Task<IActionResult> Cancel(int orderId) => ChangeAsync(orderId, order => _orderProcessingService.CancelOrderAsync(order));

    [HttpPost("{orderId:int}/status")]
    public Task<IActionResult> ChangeStatus(int orderId, SandboxOrderActionApiRequest request)
    {
        if (string.IsNullOrEmpty(request?.Status) || !Enum.TryParse<OrderStatus>(request.Status, true, out var status) || !Enum.IsDefined(status))
            return Task.FromResult<IActionResult>(Error("Status must be one of Pending, Processing, Complete, Cancelled."));

        return ChangeAsync(orderId, order => _orderProcessingService.ChangeOrderStatusAsync(order, status));
    }

    [HttpPost("{orderId:int}/mark-paid-direct")]
    public Task<IActionResult> MarkAsPaidDirectly(int orderId) => ChangeAsync(orderId, order => _orderProcessingService.MarkAsPaidDirectlyAsync(order));

    [HttpDelete("{orderId:int}")]
    public Task<IActionResult> Delete(int orderId) => ChangeAsync(orderId, order => _orderProcessingService.DeleteOrderAsync(order));

    private async Task<IActionResult> ChangeAsync(int orderId, Func<Order, Task> change)
    {
        var order = await _orderService.GetOrderByIdAsync(orderId);
        if (order == null || order.Deleted)
            return OrderNotFound(orderId);

        try
        {
            await change(order);
        }
        catch (SandboxOrderException exception)
        {
            return Error(exception.Message);
        }

        return Ok(await _modelFactory.PrepareOrderAsync(await _orderService.GetOrderByIdAsync(orderId)));
    }

    private BadRequestObjectResult Error(string message) => BadRequest(new { Error = message });

    private NotFoundObjectResult OrderNotFound(int orderId) => NotFound(new { Error = $"Order {orderId} does not exist." });
}
