using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Discounts;

namespace Nop.Services.Discounts;

public partial interface IDiscountService
{
    Task DeleteDiscountAsync(Discount discount);
    Task<Discount> GetDiscountByIdAsync(int discountId);
    Task<IList<Discount>> GetAllDiscountsAsync(DiscountType? discountType = null, string couponCode = null, string discountName = null,
        bool showHidden = false, DateTime? startDateUtc = null, DateTime? endDateUtc = null, bool? isActive = true, int vendorId = 0);
    Task InsertDiscountAsync(Discount discount);
    Task UpdateDiscountAsync(Discount discount);
    Task<IList<Discount>> GetAppliedDiscountsAsync<T>(IDiscountSupported<T> entity) where T : DiscountMapping;

    decimal GetDiscountAmount(Discount discount, decimal amount);
    List<Discount> GetPreferredDiscount(IList<Discount> discounts, decimal amount, out decimal discountAmount);
    bool ContainsDiscount(IList<Discount> discounts, Discount discount);

    Task<IList<DiscountRequirement>> GetAllDiscountRequirementsAsync(int discountId = 0, bool topLevelOnly = false);
    Task<DiscountRequirement> GetDiscountRequirementByIdAsync(int discountRequirementId);
    Task<IList<DiscountRequirement>> GetDiscountRequirementsByParentAsync(DiscountRequirement discountRequirement);
    Task DeleteDiscountRequirementAsync(DiscountRequirement discountRequirement, bool recursively);
    Task InsertDiscountRequirementAsync(DiscountRequirement discountRequirement);
    Task UpdateDiscountRequirementAsync(DiscountRequirement discountRequirement);

    Task<DiscountValidationResult> ValidateDiscountAsync(Discount discount, Customer customer, string[] couponCodesToValidate);

    Task<DiscountUsageHistory> GetDiscountUsageHistoryByIdAsync(int discountUsageHistoryId);
    Task<IPagedList<DiscountUsageHistory>> GetAllDiscountUsageHistoryAsync(int? discountId = null, int? customerId = null, int? orderId = null,
        bool includeCancelledOrders = true, int pageIndex = 0, int pageSize = int.MaxValue);
    Task InsertDiscountUsageHistoryAsync(DiscountUsageHistory discountUsageHistory);
    Task DeleteDiscountUsageHistoryAsync(DiscountUsageHistory discountUsageHistory);
}
