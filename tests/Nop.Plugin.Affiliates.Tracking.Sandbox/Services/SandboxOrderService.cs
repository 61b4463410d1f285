using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Services.Orders;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Sandbox double of nopCommerce's OrderService: orders and items through the repositories (so entity events fire),
/// order notes kept nowhere (the sandbox has no OrderNote table). Shipping, downloads and recurring payments are not supported.
/// </summary>
public class SandboxOrderService : IOrderService
{
    private readonly IRepository<Order> _orderRepository;
    private readonly IRepository<OrderItem> _orderItemRepository;
    private readonly IRepository<Product> _productRepository;

    public SandboxOrderService(IRepository<Order> orderRepository, IRepository<OrderItem> orderItemRepository, IRepository<Product> productRepository)
    {
        _orderRepository = orderRepository;
        _orderItemRepository = orderItemRepository;
        _productRepository = productRepository;
    }

    public async Task<Order> GetOrderByIdAsync(int orderId) => await _orderRepository.GetByIdAsync(orderId);

    public async Task<Order> GetOrderByCustomOrderNumberAsync(string customOrderNumber) =>
        string.IsNullOrEmpty(customOrderNumber) ? null : await _orderRepository.Table.FirstOrDefaultAsync(order => order.CustomOrderNumber == customOrderNumber);

    public async Task<Order> GetOrderByOrderItemAsync(int orderItemId)
    {
        var item = await _orderItemRepository.GetByIdAsync(orderItemId);
        return item == null ? null : await _orderRepository.GetByIdAsync(item.OrderId);
    }

    public async Task<IList<Order>> GetOrdersByIdsAsync(int[] orderIds) => await _orderRepository.GetByIdsAsync(orderIds, includeDeleted: false);

    public async Task<IList<Order>> GetOrdersByGuidsAsync(Guid[] orderGuids) =>
        await _orderRepository.Table.Where(order => orderGuids.Contains(order.OrderGuid)).ToListAsync();

    public async Task<Order> GetOrderByGuidAsync(Guid orderGuid) =>
        orderGuid == Guid.Empty ? null : await _orderRepository.Table.FirstOrDefaultAsync(order => order.OrderGuid == orderGuid);

    public async Task DeleteOrderAsync(Order order) => await _orderRepository.DeleteAsync(order);

    public async Task<IPagedList<Order>> SearchOrdersAsync(int storeId = 0, int vendorId = 0, int customerId = 0, int productId = 0,
        int affiliateId = 0, int warehouseId = 0, int billingCountryId = 0, string paymentMethodSystemName = null,
        DateTime? createdFromUtc = null, DateTime? createdToUtc = null, List<int> osIds = null, List<int> psIds = null, List<int> ssIds = null,
        string billingPhone = null, string billingEmail = null, string billingLastName = "", string orderNotes = null,
        int pageIndex = 0, int pageSize = int.MaxValue, bool getOnlyTotalCount = false)
    {
        var query = _orderRepository.Table.Where(order => !order.Deleted);
        if (storeId > 0)
            query = query.Where(order => order.StoreId == storeId);
        if (customerId > 0)
            query = query.Where(order => order.CustomerId == customerId);
        if (affiliateId > 0)
            query = query.Where(order => order.AffiliateId == affiliateId);
        if (productId > 0)
            query = query.Where(order => _orderItemRepository.Table.Any(item => item.OrderId == order.Id && item.ProductId == productId));
        if (!string.IsNullOrEmpty(paymentMethodSystemName))
            query = query.Where(order => order.PaymentMethodSystemName == paymentMethodSystemName);
        if (createdFromUtc.HasValue)
            query = query.Where(order => createdFromUtc.Value <= order.CreatedOnUtc);
        if (createdToUtc.HasValue)
            query = query.Where(order => createdToUtc.Value >= order.CreatedOnUtc);
        if (osIds is { Count: > 0 })
            query = query.Where(order => osIds.Contains(order.OrderStatusId));
        if (psIds is { Count: > 0 })
            query = query.Where(order => psIds.Contains(order.PaymentStatusId));
        if (ssIds is { Count: > 0 })
            query = query.Where(order => ssIds.Contains(order.ShippingStatusId));

        return await query.OrderByDescending(order => order.CreatedOnUtc).ThenByDescending(order => order.Id)
            .ToPagedListAsync(pageIndex, pageSize, getOnlyTotalCount);
    }

    public async Task InsertOrderAsync(Order order) => await _orderRepository.InsertAsync(order);

    public async Task UpdateOrderAsync(Order order) => await _orderRepository.UpdateAsync(order);

    public SortedDictionary<decimal, decimal> ParseTaxRates(Order order, string taxRatesStr) => new();

    public Task<bool> HasItemsToAddToShipmentAsync(Order order) => Task.FromResult(false);

    public Task<bool> HasItemsToShipAsync(Order order) => Task.FromResult(false);

    public Task<bool> HasItemsToReadyForPickupAsync(Order order) => Task.FromResult(false);

    public Task<bool> HasItemsToDeliverAsync(Order order) => Task.FromResult(false);

    public async Task<OrderItem> GetOrderItemByIdAsync(int orderItemId) => await _orderItemRepository.GetByIdAsync(orderItemId);

    public async Task<Product> GetProductByOrderItemIdAsync(int orderItemId)
    {
        var item = await _orderItemRepository.GetByIdAsync(orderItemId);
        return item == null ? null : await _productRepository.GetByIdAsync(item.ProductId);
    }

    public async Task<IList<OrderItem>> GetOrderItemsAsync(int orderId, bool? isNotReturnable = null, bool? isShipEnabled = null, int vendorId = 0) =>
        await _orderItemRepository.Table.Where(item => item.OrderId == orderId).OrderBy(item => item.Id).ToListAsync();

    public async Task<OrderItem> GetOrderItemByGuidAsync(Guid orderItemGuid) =>
        await _orderItemRepository.Table.FirstOrDefaultAsync(item => item.OrderItemGuid == orderItemGuid);

    public Task<IList<OrderItem>> GetDownloadableOrderItemsAsync(int customerId) => Task.FromResult<IList<OrderItem>>([]);

    public async Task DeleteOrderItemAsync(OrderItem orderItem) => await _orderItemRepository.DeleteAsync(orderItem);

    public Task<int> GetTotalNumberOfItemsInAllShipmentsAsync(OrderItem orderItem) => Task.FromResult(0);

    public Task<int> GetTotalNumberOfItemsCanBeAddedToShipmentAsync(OrderItem orderItem) => Task.FromResult(0);

    public Task<bool> IsDownloadAllowedAsync(OrderItem orderItem) => Task.FromResult(false);

    public Task<bool> IsLicenseDownloadAllowedAsync(OrderItem orderItem) => Task.FromResult(false);

    public async Task InsertOrderItemAsync(OrderItem orderItem) => await _orderItemRepository.InsertAsync(orderItem);

    public async Task UpdateOrderItemAsync(OrderItem orderItem) => await _orderItemRepository.UpdateAsync(orderItem);

    public Task<OrderNote> GetOrderNoteByIdAsync(int orderNoteId) => Task.FromResult<OrderNote>(null);

    public Task<IList<OrderNote>> GetOrderNotesByOrderIdAsync(int orderId, bool? displayToCustomer = null) => Task.FromResult<IList<OrderNote>>([]);

    public Task DeleteOrderNoteAsync(OrderNote orderNote) => Task.CompletedTask;

    public string FormatOrderNoteText(OrderNote orderNote) => orderNote?.Note ?? string.Empty;

    public Task InsertOrderNoteAsync(OrderNote orderNote) => Task.CompletedTask;

    public Task DeleteRecurringPaymentAsync(RecurringPayment recurringPayment) => throw new NotImplementedException("sandbox");

    public Task<RecurringPayment> GetRecurringPaymentByIdAsync(int recurringPaymentId) => Task.FromResult<RecurringPayment>(null);

    public Task InsertRecurringPaymentAsync(RecurringPayment recurringPayment) => throw new NotImplementedException("sandbox");

    public Task UpdateRecurringPaymentAsync(RecurringPayment recurringPayment) => throw new NotImplementedException("sandbox");

    public Task<IPagedList<RecurringPayment>> SearchRecurringPaymentsAsync(int storeId = 0, int customerId = 0, int initialOrderId = 0,
        OrderStatus? initialOrderStatus = null, int pageIndex = 0, int pageSize = int.MaxValue, bool showHidden = false) =>
        Task.FromResult<IPagedList<RecurringPayment>>(new PagedList<RecurringPayment>([], pageIndex, pageSize));

    public Task InsertRecurringPaymentHistoryAsync(RecurringPaymentHistory recurringPaymentHistory) => throw new NotImplementedException("sandbox");

    public Task<IList<RecurringPaymentHistory>> GetRecurringPaymentHistoryAsync(RecurringPayment recurringPayment) =>
        Task.FromResult<IList<RecurringPaymentHistory>>([]);
}
