using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;
using Nop.Core;
using Nop.Services.Customers;
using Nop.Services.Discounts;
using Nop.Services.Localization;
using Nop.Services.Messages;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure.Mvc;

/// <summary>
/// Sandbox stand-in for nopCommerce's CheckDiscountCoupon filter on public pages: on GET requests with
/// ?discountcoupon=&lt;code&gt; (search engines excluded), every active discount with that coupon code is validated for
/// the current customer and, when valid, the code is applied to the customer, with a success or warning notification.
/// </summary>
public sealed class SandboxCheckDiscountCouponFilter : IAsyncActionFilter
{
    private readonly ICustomerService _customerService;
    private readonly IDiscountService _discountService;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly IWorkContext _workContext;

    public SandboxCheckDiscountCouponFilter(ICustomerService customerService,
        IDiscountService discountService,
        ILocalizationService localizationService,
        INotificationService notificationService,
        IWorkContext workContext)
    {
        _customerService = customerService;
        _discountService = discountService;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _workContext = workContext;
    }

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsGet(request.Method) && request.Query.TryGetValue(NopDiscountDefaults.DiscountCouponQueryParameter, out var values))
        {
            var customer = await _workContext.GetCurrentCustomerAsync();
            var codes = values.Where(value => !string.IsNullOrWhiteSpace(value)).Select(value => value.Trim()).Distinct().ToArray();
            if (codes.Length > 0 && !customer.IsSystemAccount)
            {
                var discounts = new List<Nop.Core.Domain.Discounts.Discount>();
                foreach (var code in codes)
                    discounts.AddRange(await _discountService.GetAllDiscountsAsync(couponCode: code));

                foreach (var discount in discounts.DistinctBy(discount => discount.Id))
                {
                    var result = await _discountService.ValidateDiscountAsync(discount, customer, codes);
                    if (result.IsValid)
                    {
                        await _customerService.ApplyDiscountCouponCodeAsync(customer, discount.CouponCode);
                        _notificationService.SuccessNotification(string.Format(await _localizationService.GetResourceAsync("ShoppingCart.DiscountCouponCode.Activated"), WebUtility.HtmlEncode(discount.CouponCode)), false);
                    }
                    else
                    {
                        _notificationService.WarningNotification(string.Format(await _localizationService.GetResourceAsync("ShoppingCart.DiscountCouponCode.Invalid"), WebUtility.HtmlEncode(discount.CouponCode)), false);
                    }
                }
            }
        }

        await next();
    }
}
