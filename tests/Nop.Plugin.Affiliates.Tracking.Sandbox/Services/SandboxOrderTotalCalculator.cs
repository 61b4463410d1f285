using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Discounts;
using Nop.Services.Customers;
using Nop.Services.Discounts;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Sandbox stand-in for nopCommerce's OrderTotalCalculationService, reduced to what the sandbox sells: line prices,
/// an order-subtotal discount and an order-total discount (each the preferred one among the valid discounts for the
/// customer's applied coupon codes), amounts rounded to cents like RoundPricesDuringCalculation does.
/// </summary>
public class SandboxOrderTotalCalculator
{
    private readonly ICustomerService _customerService;
    private readonly IDiscountService _discountService;

    public SandboxOrderTotalCalculator(ICustomerService customerService, IDiscountService discountService)
    {
        _customerService = customerService;
        _discountService = discountService;
    }

    public async Task<SandboxOrderTotals> CalculateAsync(Customer customer, IReadOnlyList<SandboxCartLine> lines)
    {
        var couponCodes = await _customerService.ParseAppliedDiscountCouponCodesAsync(customer);
        var subTotal = Round(lines.Sum(line => line.LineTotal));

        var (subTotalDiscounts, subTotalDiscount) = await GetPreferredDiscountsAsync(DiscountType.AssignedToOrderSubTotal, customer, couponCodes, subTotal);
        var afterSubTotalDiscount = subTotal - subTotalDiscount;

        var (orderTotalDiscounts, orderTotalDiscount) = await GetPreferredDiscountsAsync(DiscountType.AssignedToOrderTotal, customer, couponCodes, afterSubTotalDiscount);
        var total = Math.Max(afterSubTotalDiscount - orderTotalDiscount, decimal.Zero);

        return new SandboxOrderTotals(subTotal, subTotalDiscount, subTotalDiscounts, orderTotalDiscount, orderTotalDiscounts, total);
    }

    private async Task<(IReadOnlyList<Discount> Discounts, decimal Amount)> GetPreferredDiscountsAsync(DiscountType type, Customer customer,
        string[] couponCodes, decimal amount)
    {
        var allowed = new List<Discount>();
        foreach (var discount in await _discountService.GetAllDiscountsAsync(type))
            if ((await _discountService.ValidateDiscountAsync(discount, customer, couponCodes)).IsValid && !_discountService.ContainsDiscount(allowed, discount))
                allowed.Add(discount);

        var preferred = _discountService.GetPreferredDiscount(allowed, amount, out var discountAmount);
        discountAmount = Math.Min(Round(discountAmount), amount);

        return (preferred, discountAmount);
    }

    private static decimal Round(decimal value) => Math.Round(value, 2);
}
