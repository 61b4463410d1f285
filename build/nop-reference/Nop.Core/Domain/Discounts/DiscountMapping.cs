namespace Nop.Core.Domain.Discounts;

public abstract partial class DiscountMapping : BaseEntity
{
    // hides BaseEntity.Id (mapping tables have no identity column upstream)
    public new int Id { get; }
    public int DiscountId { get; set; }
    public abstract int EntityId { get; set; }
}
