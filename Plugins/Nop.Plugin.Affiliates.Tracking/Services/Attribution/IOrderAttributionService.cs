using Nop.Core.Domain.Orders;

namespace Nop.Plugin.Affiliates.Tracking.Services.Attribution;

public interface IOrderAttributionService
{
    /// <summary>
    /// Decides which affiliate a placed order credits and writes it to order.AffiliateId, so nopCommerce's own
    /// affiliate reports agree with the plugin. Reads the attribution stored server-side, never the cookie.
    /// </summary>
    Task<OrderAttribution> AttributeOrderAsync(Order order);
}
