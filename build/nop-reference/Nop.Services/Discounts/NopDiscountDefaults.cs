namespace Nop.Services.Discounts;

public static partial class NopDiscountDefaults
{
    public static string DiscountCouponQueryParameter => "discountcoupon";
}
