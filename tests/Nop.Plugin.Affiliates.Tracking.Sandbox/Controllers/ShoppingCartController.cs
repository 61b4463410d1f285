using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Models;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Services;
using Nop.Services.Customers;
using Nop.Services.Messages;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Controllers;

public class ShoppingCartController : SandboxPublicController
{
    private readonly SandboxCartService _cartService;
    private readonly SandboxCouponService _couponService;
    private readonly ICustomerService _customerService;
    private readonly INotificationService _notificationService;
    private readonly SandboxOrderTotalCalculator _totalCalculator;
    private readonly IWorkContext _workContext;

    public ShoppingCartController(SandboxCartService cartService,
        SandboxCouponService couponService,
        ICustomerService customerService,
        INotificationService notificationService,
        SandboxOrderTotalCalculator totalCalculator,
        IWorkContext workContext)
    {
        _cartService = cartService;
        _couponService = couponService;
        _customerService = customerService;
        _notificationService = notificationService;
        _totalCalculator = totalCalculator;
        _workContext = workContext;
    }

    public async Task<IActionResult> Cart()
    {
        var customer = await _workContext.GetCurrentCustomerAsync();
        var lines = await _cartService.GetCartAsync(customer);
        var totals = await _totalCalculator.CalculateAsync(customer, lines);
        var codes = await _customerService.ParseAppliedDiscountCouponCodesAsync(customer);

        return View(new SandboxCartModel(lines, totals, codes));
    }

    [HttpPost]
    public async Task<IActionResult> AddToCart(int productId, int quantity = 1)
    {
        var customer = await _workContext.GetCurrentCustomerAsync();
        var error = await _cartService.AddToCartAsync(customer, productId, quantity);
        if (error != null)
            _notificationService.ErrorNotification(error);
        else
            _notificationService.SuccessNotification("The product has been added to your cart.");

        return RedirectToRoute("ShoppingCart");
    }

    [HttpPost]
    public async Task<IActionResult> RemoveItem(int cartItemId)
    {
        await _cartService.RemoveAsync(await _workContext.GetCurrentCustomerAsync(), cartItemId);
        return RedirectToRoute("ShoppingCart");
    }

    [HttpPost]
    public async Task<IActionResult> ApplyDiscountCoupon(string discountcouponcode)
    {
        var result = await _couponService.ApplyAsync(await _workContext.GetCurrentCustomerAsync(), discountcouponcode);
        if (result.Applied)
            _notificationService.SuccessNotification(result.Message);
        else
            _notificationService.WarningNotification(result.Message);

        return RedirectToRoute("ShoppingCart");
    }

    [HttpPost]
    public async Task<IActionResult> RemoveDiscountCoupon(string couponCode)
    {
        await _customerService.RemoveDiscountCouponCodeAsync(await _workContext.GetCurrentCustomerAsync(), couponCode);
        return RedirectToRoute("ShoppingCart");
    }
}
