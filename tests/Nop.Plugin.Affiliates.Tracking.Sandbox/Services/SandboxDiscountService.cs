using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Services.Customers;
using Nop.Services.Discounts;
using Nop.Services.Localization;
using Nop.Services.Plugins;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Sandbox double of nopCommerce's DiscountService (no cache, no product/category mappings). Coupon codes match
/// case-insensitively in the query, as they do on nopCommerce's SQL Server and PostgreSQL (citext) columns;
/// validation checks active → coupon code → dates → limitation → requirements (evaluated through the installed
/// plugin when it is an IDiscountRequirementRule).
/// </summary>
public class SandboxDiscountService : IDiscountService
{
    private readonly ICustomerService _customerService;
    private readonly IRepository<Discount> _discountRepository;
    private readonly IRepository<DiscountRequirement> _discountRequirementRepository;
    private readonly IRepository<DiscountUsageHistory> _discountUsageHistoryRepository;
    private readonly ILocalizationService _localizationService;
    private readonly IRepository<Order> _orderRepository;
    private readonly IPluginManager<IDiscountRequirementRule> _requirementRuleManager;
    private readonly IStoreContext _storeContext;
    private readonly TimeProvider _timeProvider;

    public SandboxDiscountService(ICustomerService customerService,
        IRepository<Discount> discountRepository,
        IRepository<DiscountRequirement> discountRequirementRepository,
        IRepository<DiscountUsageHistory> discountUsageHistoryRepository,
        ILocalizationService localizationService,
        IRepository<Order> orderRepository,
        IPluginManager<IDiscountRequirementRule> requirementRuleManager,
        IStoreContext storeContext,
        TimeProvider timeProvider)
    {
        _customerService = customerService;
        _discountRepository = discountRepository;
        _discountRequirementRepository = discountRequirementRepository;
        _discountUsageHistoryRepository = discountUsageHistoryRepository;
        _localizationService = localizationService;
        _orderRepository = orderRepository;
        _requirementRuleManager = requirementRuleManager;
        _storeContext = storeContext;
        _timeProvider = timeProvider;
    }

    public async Task DeleteDiscountAsync(Discount discount)
    {
        await _discountRequirementRepository.DeleteAsync(requirement => requirement.DiscountId == discount.Id);
        // The DiscountUsageHistory foreign key cascades in nopCommerce.
        await _discountUsageHistoryRepository.DeleteAsync(history => history.DiscountId == discount.Id);
        await _discountRepository.DeleteAsync(discount);
    }

    public async Task<Discount> GetDiscountByIdAsync(int discountId) => await _discountRepository.GetByIdAsync(discountId);

    public async Task<IList<Discount>> GetAllDiscountsAsync(DiscountType? discountType = null, string couponCode = null, string discountName = null,
        bool showHidden = false, DateTime? startDateUtc = null, DateTime? endDateUtc = null, bool? isActive = true, int vendorId = 0)
    {
        var query = _discountRepository.Table;
        if (!string.IsNullOrEmpty(couponCode))
        {
            var code = couponCode.ToLower();
            query = query.Where(discount => discount.CouponCode.ToLower() == code);
        }
        if (!string.IsNullOrEmpty(discountName))
            query = query.Where(discount => discount.Name.Contains(discountName));
        if (isActive.HasValue)
            query = query.Where(discount => discount.IsActive == isActive.Value);

        IEnumerable<Discount> discounts = await query.OrderBy(discount => discount.Name).ThenBy(discount => discount.Id).ToListAsync();

        if (discountType.HasValue)
            discounts = discounts.Where(discount => discount.DiscountType == discountType.Value);

        if (!showHidden)
        {
            var now = UtcNow;
            discounts = discounts.Where(discount => (!discount.StartDateUtc.HasValue || discount.StartDateUtc <= now)
                && (!discount.EndDateUtc.HasValue || discount.EndDateUtc >= now));
        }

        if (startDateUtc.HasValue)
            discounts = discounts.Where(discount => !discount.StartDateUtc.HasValue || discount.StartDateUtc >= startDateUtc.Value);
        if (endDateUtc.HasValue)
            discounts = discounts.Where(discount => !discount.EndDateUtc.HasValue || discount.EndDateUtc <= endDateUtc.Value);
        if (vendorId > 0)
            discounts = discounts.Where(discount => discount.VendorId == vendorId);

        return discounts.ToList();
    }

    public async Task InsertDiscountAsync(Discount discount) => await _discountRepository.InsertAsync(discount);

    public async Task UpdateDiscountAsync(Discount discount) => await _discountRepository.UpdateAsync(discount);

    public Task<IList<Discount>> GetAppliedDiscountsAsync<T>(IDiscountSupported<T> entity) where T : DiscountMapping =>
        // The sandbox maps no discounts to products, categories or manufacturers.
        Task.FromResult<IList<Discount>>([]);

    public decimal GetDiscountAmount(Discount discount, decimal amount)
    {
        ArgumentNullException.ThrowIfNull(discount);

        // nopCommerce computes percentages in single precision; kept so amounts match a real store.
        var result = discount.UsePercentage
            ? (decimal)((float)amount * (float)discount.DiscountPercentage / 100f)
            : discount.DiscountAmount;

        if (discount.UsePercentage && discount.MaximumDiscountAmount.HasValue && result > discount.MaximumDiscountAmount.Value)
            result = discount.MaximumDiscountAmount.Value;

        return Math.Max(result, decimal.Zero);
    }

    public List<Discount> GetPreferredDiscount(IList<Discount> discounts, decimal amount, out decimal discountAmount)
    {
        ArgumentNullException.ThrowIfNull(discounts);

        var best = new List<Discount>();
        discountAmount = decimal.Zero;
        foreach (var discount in discounts)
        {
            var value = GetDiscountAmount(discount, amount);
            if (value <= discountAmount)
                continue;

            discountAmount = value;
            best = [discount];
        }

        var cumulative = discounts.Where(discount => discount.IsCumulative).OrderBy(discount => discount.Name).ToList();
        if (cumulative.Count > 1)
        {
            var cumulativeAmount = cumulative.Sum(discount => GetDiscountAmount(discount, amount));
            if (cumulativeAmount > discountAmount)
            {
                discountAmount = cumulativeAmount;
                best = cumulative;
            }
        }

        return best;
    }

    public bool ContainsDiscount(IList<Discount> discounts, Discount discount)
    {
        ArgumentNullException.ThrowIfNull(discounts);
        ArgumentNullException.ThrowIfNull(discount);

        return discounts.Any(candidate => candidate.Id == discount.Id);
    }

    public async Task<IList<DiscountRequirement>> GetAllDiscountRequirementsAsync(int discountId = 0, bool topLevelOnly = false)
    {
        var query = _discountRequirementRepository.Table;
        if (discountId > 0)
            query = query.Where(requirement => requirement.DiscountId == discountId);
        if (topLevelOnly)
            query = query.Where(requirement => !requirement.ParentId.HasValue);

        return await query.OrderBy(requirement => requirement.Id).ToListAsync();
    }

    public async Task<DiscountRequirement> GetDiscountRequirementByIdAsync(int discountRequirementId) =>
        await _discountRequirementRepository.GetByIdAsync(discountRequirementId);

    public async Task<IList<DiscountRequirement>> GetDiscountRequirementsByParentAsync(DiscountRequirement discountRequirement) =>
        await _discountRequirementRepository.Table.Where(requirement => requirement.ParentId == discountRequirement.Id).ToListAsync();

    public async Task DeleteDiscountRequirementAsync(DiscountRequirement discountRequirement, bool recursively)
    {
        if (recursively)
            foreach (var child in await GetDiscountRequirementsByParentAsync(discountRequirement))
                await DeleteDiscountRequirementAsync(child, true);

        await _discountRequirementRepository.DeleteAsync(discountRequirement);
    }

    public async Task InsertDiscountRequirementAsync(DiscountRequirement discountRequirement) =>
        await _discountRequirementRepository.InsertAsync(discountRequirement);

    public async Task UpdateDiscountRequirementAsync(DiscountRequirement discountRequirement) =>
        await _discountRequirementRepository.UpdateAsync(discountRequirement);

    public async Task<DiscountValidationResult> ValidateDiscountAsync(Discount discount, Customer customer, string[] couponCodesToValidate)
    {
        ArgumentNullException.ThrowIfNull(discount);
        ArgumentNullException.ThrowIfNull(customer);

        var result = new DiscountValidationResult();
        if (!discount.IsActive)
            return result;

        if (discount.RequiresCouponCode && (string.IsNullOrEmpty(discount.CouponCode) || couponCodesToValidate == null
            || !couponCodesToValidate.Any(code => code.Equals(discount.CouponCode, StringComparison.InvariantCultureIgnoreCase))))
            return result;

        // nopCommerce also refuses order (sub)total discounts for carts with gift cards; the sandbox sells none.
        var now = UtcNow;
        if (discount.StartDateUtc.HasValue && DateTime.SpecifyKind(discount.StartDateUtc.Value, DateTimeKind.Utc) > now)
            return await InvalidAsync(result, "ShoppingCart.Discount.NotStartedYet");
        if (discount.EndDateUtc.HasValue && DateTime.SpecifyKind(discount.EndDateUtc.Value, DateTimeKind.Utc) < now)
            return await InvalidAsync(result, "ShoppingCart.Discount.Expired");

        if (discount.DiscountLimitation == DiscountLimitationType.NTimesOnly
            && (await GetAllDiscountUsageHistoryAsync(discount.Id, null, null, false, 0, 1)).TotalCount >= discount.LimitationTimes)
            return result;

        if (discount.DiscountLimitation == DiscountLimitationType.NTimesPerCustomer && await _customerService.IsRegisteredAsync(customer)
            && (await GetAllDiscountUsageHistoryAsync(discount.Id, customer.Id, null, false, 0, 1)).TotalCount >= discount.LimitationTimes)
            return await InvalidAsync(result, "ShoppingCart.Discount.CannotBeUsedAnymore");

        var requirements = await GetAllDiscountRequirementsAsync(discount.Id);
        var topLevelGroup = requirements.FirstOrDefault(requirement => !requirement.ParentId.HasValue);
        if (topLevelGroup?.InteractionType == null || (topLevelGroup.IsGroup && requirements.All(requirement => requirement.ParentId != topLevelGroup.Id)))
        {
            result.IsValid = true;
            return result;
        }

        var errors = new List<string>();
        result.IsValid = await EvaluateRequirementsAsync(requirements, topLevelGroup.InteractionType.Value, customer, errors);
        if (!result.IsValid)
            result.Errors = errors;

        return result;
    }

    public async Task<DiscountUsageHistory> GetDiscountUsageHistoryByIdAsync(int discountUsageHistoryId) =>
        await _discountUsageHistoryRepository.GetByIdAsync(discountUsageHistoryId);

    public async Task<IPagedList<DiscountUsageHistory>> GetAllDiscountUsageHistoryAsync(int? discountId = null, int? customerId = null, int? orderId = null,
        bool includeCancelledOrders = true, int pageIndex = 0, int pageSize = int.MaxValue)
    {
        var cancelled = (int)OrderStatus.Cancelled;
        var query = from history in _discountUsageHistoryRepository.Table
                    join order in _orderRepository.Table on history.OrderId equals order.Id
                    where !order.Deleted
                        && (includeCancelledOrders || order.OrderStatusId != cancelled)
                        && (!discountId.HasValue || history.DiscountId == discountId.Value)
                        && (!customerId.HasValue || order.CustomerId == customerId.Value)
                        && (!orderId.HasValue || history.OrderId == orderId.Value)
                    orderby history.CreatedOnUtc descending, history.Id descending
                    select history;

        return await query.ToPagedListAsync(pageIndex, pageSize);
    }

    public async Task InsertDiscountUsageHistoryAsync(DiscountUsageHistory discountUsageHistory) =>
        await _discountUsageHistoryRepository.InsertAsync(discountUsageHistory);

    public async Task DeleteDiscountUsageHistoryAsync(DiscountUsageHistory discountUsageHistory) =>
        await _discountUsageHistoryRepository.DeleteAsync(discountUsageHistory);

    private DateTime UtcNow => _timeProvider.GetUtcNow().UtcDateTime;

    private async Task<DiscountValidationResult> InvalidAsync(DiscountValidationResult result, string resourceKey)
    {
        result.Errors = [await _localizationService.GetResourceAsync(resourceKey)];
        return result;
    }

    private async Task<bool> EvaluateRequirementsAsync(IList<DiscountRequirement> requirements, RequirementGroupInteractionType interaction,
        Customer customer, List<string> errors)
    {
        var level = requirements.Any(requirement => !requirement.ParentId.HasValue)
            ? requirements.Where(requirement => !requirement.ParentId.HasValue).ToList()
            : requirements;

        var result = false;
        foreach (var requirement in level)
        {
            if (requirement.IsGroup)
            {
                var children = requirements.Where(child => child.ParentId == requirement.Id).ToList();
                result = await EvaluateRequirementsAsync(children, requirement.InteractionType ?? RequirementGroupInteractionType.And, customer, errors);
            }
            else
            {
                var store = await _storeContext.GetCurrentStoreAsync();
                var rule = await _requirementRuleManager.LoadPluginBySystemNameAsync(requirement.DiscountRequirementRuleSystemName, customer, store.Id);
                if (rule == null)
                    continue;

                var ruleResult = await rule.CheckRequirementAsync(new DiscountRequirementValidationRequest { DiscountRequirementId = requirement.Id, Customer = customer, Store = store });
                if (!ruleResult.IsValid)
                    errors.Add(string.IsNullOrEmpty(ruleResult.UserError) ? await _localizationService.GetResourceAsync("ShoppingCart.Discount.CannotBeUsed") : ruleResult.UserError);

                result = ruleResult.IsValid;
            }

            if (!result && interaction == RequirementGroupInteractionType.And)
                return false;
            if (result && interaction == RequirementGroupInteractionType.Or)
                return true;
        }

        return result;
    }
}
