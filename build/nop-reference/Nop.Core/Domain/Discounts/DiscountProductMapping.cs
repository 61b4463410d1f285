namespace Nop.Core.Domain.Discounts;

public partial class DiscountProductMapping : DiscountMapping
{
    public override int EntityId { get; set; }
}
