using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Models;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Services;
using Nop.Services.Customers;
using Nop.Services.Messages;
using Nop.Services.Orders;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Controllers;

/// <summary>
/// One-page checkout: review, choose how the sandbox payment method answers, confirm.
/// </summary>
public class CheckoutController : SandboxPublicController
{
    private readonly SandboxCartService _cartService;
    private readonly ICustomerService _customerService;
    private readonly INotificationService _notificationService;
    private readonly SandboxOrderProcessingService _orderProcessingService;
    private readonly IOrderService _orderService;
    private readonly SandboxOrderTotalCalculator _totalCalculator;
    private readonly IWorkContext _workContext;

    public CheckoutController(SandboxCartService cartService,
        ICustomerService customerService,
        INotificationService notificationService,
        SandboxOrderProcessingService orderProcessingService,
        IOrderService orderService,
        SandboxOrderTotalCalculator totalCalculator,
        IWorkContext workContext)
    {
        _cartService = cartService;
        _customerService = customerService;
        _notificationService = notificationService;
        _orderProcessingService = orderProcessingService;
        _orderService = orderService;
        _totalCalculator = totalCalculator;
        _workContext = workContext;
    }

    public async Task<IActionResult> Index()
    {
        var customer = await _workContext.GetCurrentCustomerAsync();
        var lines = await _cartService.GetCartAsync(customer);
        if (lines.Count == 0)
            return RedirectToRoute("ShoppingCart");

        var totals = await _totalCalculator.CalculateAsync(customer, lines);
        return View(new SandboxCartModel(lines, totals, await _customerService.ParseAppliedDiscountCouponCodesAsync(customer)));
    }

    [HttpPost]
    public async Task<IActionResult> Confirm(PaymentStatus paymentStatus = PaymentStatus.Pending)
    {
        var customer = await _workContext.GetCurrentCustomerAsync();
        var result = await _orderProcessingService.PlaceOrderAsync(new SandboxPlaceOrderRequest
        {
            Customer = customer,
            Lines = await _cartService.GetCartAsync(customer),
            PaymentStatus = paymentStatus,
            MoveCartItems = true
        });

        if (!result.Success)
        {
            foreach (var error in result.Errors)
                _notificationService.ErrorNotification(error);
            return RedirectToRoute("ShoppingCart");
        }

        await _cartService.ClearAsync(customer);
        return RedirectToRoute("CheckoutCompleted", new { orderId = result.Order.Id });
    }

    public async Task<IActionResult> Completed(int orderId)
    {
        var customer = await _workContext.GetCurrentCustomerAsync();
        var order = await _orderService.GetOrderByIdAsync(orderId);
        if (order == null || order.Deleted || order.CustomerId != customer.Id)
            return RedirectToRoute("Homepage");

        return View(order);
    }
}
