using Nop.Core.Domain.Customers;
using Nop.Services.Customers;
using Nop.Services.Discounts;
using Nop.Services.Localization;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// The cart's coupon box, as nopCommerce's ShoppingCartController.ApplyDiscountCoupon does it: the trimmed code must
/// belong to at least one discount that requires a coupon (hidden/dated ones included in the lookup) and is valid for
/// the customer; then the code is stored on the customer.
/// </summary>
public class SandboxCouponService
{
    private readonly ICustomerService _customerService;
    private readonly IDiscountService _discountService;
    private readonly ILocalizationService _localizationService;

    public SandboxCouponService(ICustomerService customerService, IDiscountService discountService, ILocalizationService localizationService)
    {
        _customerService = customerService;
        _discountService = discountService;
        _localizationService = localizationService;
    }

    public async Task<SandboxCouponResult> ApplyAsync(Customer customer, string couponCode)
    {
        var code = couponCode?.Trim();
        if (string.IsNullOrEmpty(code))
            return new SandboxCouponResult(false, await _localizationService.GetResourceAsync("ShoppingCart.DiscountCouponCode.Empty"));

        var discounts = (await _discountService.GetAllDiscountsAsync(couponCode: code, showHidden: true))
            .Where(discount => discount.RequiresCouponCode)
            .ToList();
        if (discounts.Count == 0)
            return new SandboxCouponResult(false, await _localizationService.GetResourceAsync("ShoppingCart.DiscountCouponCode.CannotBeFound"));

        var errors = new List<string>();
        var anyValid = false;
        foreach (var discount in discounts)
        {
            var result = await _discountService.ValidateDiscountAsync(discount, customer, [code]);
            errors.AddRange(result.Errors);
            anyValid |= result.IsValid;
        }

        if (!anyValid)
            return new SandboxCouponResult(false, errors.Count > 0
                ? string.Join(" ", errors.Distinct())
                : await _localizationService.GetResourceAsync("ShoppingCart.DiscountCouponCode.WrongDiscount"));

        await _customerService.ApplyDiscountCouponCodeAsync(customer, code);
        return new SandboxCouponResult(true, await _localizationService.GetResourceAsync("ShoppingCart.DiscountCouponCode.Applied"));
    }
}
