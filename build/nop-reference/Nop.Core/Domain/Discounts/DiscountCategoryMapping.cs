namespace Nop.Core.Domain.Discounts;

public partial class DiscountCategoryMapping : DiscountMapping
{
    public override int EntityId { get; set; }
}
