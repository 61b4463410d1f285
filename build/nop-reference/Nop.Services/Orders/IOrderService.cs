using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;

namespace Nop.Services.Orders;

public partial interface IOrderService
{
    Task<Order> GetOrderByIdAsync(int orderId);
    Task<Order> GetOrderByCustomOrderNumberAsync(string customOrderNumber);
    Task<Order> GetOrderByOrderItemAsync(int orderItemId);
    Task<IList<Order>> GetOrdersByIdsAsync(int[] orderIds);
    Task<IList<Order>> GetOrdersByGuidsAsync(Guid[] orderGuids);
    Task<Order> GetOrderByGuidAsync(Guid orderGuid);
    Task DeleteOrderAsync(Order order);
    Task<IPagedList<Order>> SearchOrdersAsync(int storeId = 0,
        int vendorId = 0, int customerId = 0,
        int productId = 0, int affiliateId = 0, int warehouseId = 0,
        int billingCountryId = 0, string paymentMethodSystemName = null,
        DateTime? createdFromUtc = null, DateTime? createdToUtc = null,
        List<int> osIds = null, List<int> psIds = null, List<int> ssIds = null,
        string billingPhone = null, string billingEmail = null, string billingLastName = "",
        string orderNotes = null, int pageIndex = 0, int pageSize = int.MaxValue, bool getOnlyTotalCount = false);
    Task InsertOrderAsync(Order order);
    Task UpdateOrderAsync(Order order);
    SortedDictionary<decimal, decimal> ParseTaxRates(Order order, string taxRatesStr);
    Task<bool> HasItemsToAddToShipmentAsync(Order order);
    Task<bool> HasItemsToShipAsync(Order order);
    Task<bool> HasItemsToReadyForPickupAsync(Order order);
    Task<bool> HasItemsToDeliverAsync(Order order);

    Task<OrderItem> GetOrderItemByIdAsync(int orderItemId);
    Task<Product> GetProductByOrderItemIdAsync(int orderItemId);
    Task<IList<OrderItem>> GetOrderItemsAsync(int orderId, bool? isNotReturnable = null, bool? isShipEnabled = null, int vendorId = 0);
    Task<OrderItem> GetOrderItemByGuidAsync(Guid orderItemGuid);
    Task<IList<OrderItem>> GetDownloadableOrderItemsAsync(int customerId);
    Task DeleteOrderItemAsync(OrderItem orderItem);
    Task<int> GetTotalNumberOfItemsInAllShipmentsAsync(OrderItem orderItem);
    Task<int> GetTotalNumberOfItemsCanBeAddedToShipmentAsync(OrderItem orderItem);
    Task<bool> IsDownloadAllowedAsync(OrderItem orderItem);
    Task<bool> IsLicenseDownloadAllowedAsync(OrderItem orderItem);
    Task InsertOrderItemAsync(OrderItem orderItem);
    Task UpdateOrderItemAsync(OrderItem orderItem);

    Task<OrderNote> GetOrderNoteByIdAsync(int orderNoteId);
    Task<IList<OrderNote>> GetOrderNotesByOrderIdAsync(int orderId, bool? displayToCustomer = null);
    Task DeleteOrderNoteAsync(OrderNote orderNote);
    string FormatOrderNoteText(OrderNote orderNote);
    Task InsertOrderNoteAsync(OrderNote orderNote);

    Task DeleteRecurringPaymentAsync(RecurringPayment recurringPayment);
    Task<RecurringPayment> GetRecurringPaymentByIdAsync(int recurringPaymentId);
    Task InsertRecurringPaymentAsync(RecurringPayment recurringPayment);
    Task UpdateRecurringPaymentAsync(RecurringPayment recurringPayment);
    Task<IPagedList<RecurringPayment>> SearchRecurringPaymentsAsync(int storeId = 0,
        int customerId = 0, int initialOrderId = 0, OrderStatus? initialOrderStatus = null,
        int pageIndex = 0, int pageSize = int.MaxValue, bool showHidden = false);

    Task InsertRecurringPaymentHistoryAsync(RecurringPaymentHistory recurringPaymentHistory);
    Task<IList<RecurringPaymentHistory>> GetRecurringPaymentHistoryAsync(RecurringPayment recurringPayment);
}
