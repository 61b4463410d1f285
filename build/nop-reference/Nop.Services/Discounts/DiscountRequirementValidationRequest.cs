using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Stores;

namespace Nop.Services.Discounts;

public partial class DiscountRequirementValidationRequest
{
    public int DiscountRequirementId { get; set; }
    public Customer Customer { get; set; }
    public Store Store { get; set; }
}
