using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Models.Api;
using Nop.Services.Discounts;
using Nop.Services.Orders;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Factories;

/// <summary>
/// Builds the order JSON of the sandbox API: totals, statuses, items and the order's discount usage history.
/// </summary>
public class SandboxOrderApiModelFactory
{
    private readonly IDiscountService _discountService;
    private readonly IRepository<DiscountUsageHistory> _discountUsageHistoryRepository;
    private readonly IOrderService _orderService;
    private readonly IRepository<Product> _productRepository;

    public SandboxOrderApiModelFactory(IDiscountService discountService,
        IRepository<DiscountUsageHistory> discountUsageHistoryRepository,
        IOrderService orderService,
        IRepository<Product> productRepository)
    {
        _discountService = discountService;
        _discountUsageHistoryRepository = discountUsageHistoryRepository;
        _orderService = orderService;
        _productRepository = productRepository;
    }

    public async Task<SandboxOrderApiResponse> PrepareOrderAsync(Order order)
    {
        var items = await _orderService.GetOrderItemsAsync(order.Id);
        var products = (await _productRepository.GetByIdsAsync(items.Select(item => item.ProductId).Distinct().ToList())).ToDictionary(product => product.Id);

        // Read the history directly: nopCommerce's GetAllDiscountUsageHistoryAsync hides deleted orders.
        var history = new List<SandboxDiscountUsageApiResponse>();
        var usages = await _discountUsageHistoryRepository.Table.Where(usage => usage.OrderId == order.Id).OrderBy(usage => usage.Id).ToListAsync();
        foreach (var usage in usages)
        {
            var discount = await _discountService.GetDiscountByIdAsync(usage.DiscountId);
            history.Add(new SandboxDiscountUsageApiResponse(usage.Id, usage.DiscountId, discount?.Name, discount?.CouponCode, AsUtc(usage.CreatedOnUtc)));
        }

        return new SandboxOrderApiResponse(order.Id, order.OrderGuid, order.CustomOrderNumber, order.CustomerId, order.AffiliateId,
            order.OrderStatus.ToString(), order.PaymentStatus.ToString(), order.ShippingStatus.ToString(),
            order.OrderSubtotalExclTax, order.OrderSubTotalDiscountExclTax, order.OrderDiscount, order.OrderTotal, order.RefundedAmount,
            order.CustomerCurrencyCode, AsUtc(order.CreatedOnUtc), order.PaidDateUtc.HasValue ? AsUtc(order.PaidDateUtc.Value) : null, order.Deleted,
            items.Select(item => new SandboxOrderItemApiResponse(item.Id, item.ProductId,
                products.TryGetValue(item.ProductId, out var product) ? product.Name : null, item.Quantity, item.UnitPriceExclTax, item.PriceExclTax)).ToList(),
            history);
    }

    // nopCommerce stores UTC without a kind; the JSON says so explicitly.
    private static DateTime AsUtc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
