namespace Nop.Services.Discounts;

public partial class DiscountValidationResult : BaseNopResult
{
    public bool IsValid { get; set; }
}
