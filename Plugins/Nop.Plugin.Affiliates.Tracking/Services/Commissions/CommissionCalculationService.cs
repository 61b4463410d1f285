using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Services.Catalog;
using Nop.Services.Configuration;
using Nop.Services.Orders;

namespace Nop.Plugin.Affiliates.Tracking.Services.Commissions;

public class CommissionCalculationService : ICommissionCalculationService
{
    private readonly ICategoryService _categoryService;
    private readonly IOrderService _orderService;
    private readonly IRepository<AffiliateCommissionRate> _rateRepository;
    private readonly ISettingService _settingService;

    public CommissionCalculationService(ICategoryService categoryService,
        IOrderService orderService,
        IRepository<AffiliateCommissionRate> rateRepository,
        ISettingService settingService)
    {
        _categoryService = categoryService;
        _orderService = orderService;
        _rateRepository = rateRepository;
        _settingService = settingService;
    }

    /// <inheritdoc />
    public async Task<CommissionCalculation> CalculateAsync(Order order, int affiliateId)
    {
        ArgumentNullException.ThrowIfNull(order);

        var settings = await _settingService.LoadSettingAsync<AffiliateTrackingSettings>(order.StoreId);
        var programRate = settings.CommissionType == CommissionType.FixedAmountPerOrder
            ? CommissionRate.Fixed(settings.CommissionFixedAmount)
            : CommissionRate.Percentage(settings.CommissionPercentage);

        var overrides = (await _rateRepository.Table.Where(r => r.AffiliateId == affiliateId || r.AffiliateId == 0).ToListAsync())
            .Select(r => new CommissionRateOverride(r.AffiliateId, r.CategoryId,
                new CommissionRate(r.CommissionType, r.CommissionType == CommissionType.FixedAmountPerOrder ? r.Amount : r.Percentage)));
        var rates = CommissionRates.Resolve(programRate, overrides, affiliateId);

        // Items and their categories matter only for category rates; most stores have none, so skip the queries.
        var items = new List<CommissionOrderItem>();
        if (rates.CategoryRates.Count > 0)
        {
            var orderItems = await _orderService.GetOrderItemsAsync(order.Id);
            var categories = await _categoryService.GetProductCategoryIdsAsync(orderItems.Select(i => i.ProductId).Distinct().ToArray());
            items.AddRange(orderItems.Select(i => new CommissionOrderItem(i.PriceExclTax, i.Quantity,
                categories.TryGetValue(i.ProductId, out var ids) ? ids : [])));
        }

        // Subtotal and order discounts both lower what the shopper paid for the goods.
        var commissionOrder = new CommissionOrder(order.OrderSubtotalExclTax, order.OrderSubTotalDiscountExclTax + order.OrderDiscount, items);

        return CommissionCalculator.Calculate(commissionOrder, rates);
    }
}
