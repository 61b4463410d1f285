using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Orders;

namespace Nop.Plugin.Affiliates.Tracking.Services.Attribution;

public class OrderAttributionService : IOrderAttributionService
{
    private readonly IAttributionLookupService _lookupService;
    private readonly IAttributionRecordingService _recordingService;
    private readonly ICustomerService _customerService;
    private readonly IOrderService _orderService;
    private readonly IRepository<AffiliateAttribution> _attributionRepository;
    private readonly ISettingService _settingService;

    public OrderAttributionService(IAttributionLookupService lookupService,
        IAttributionRecordingService recordingService,
        ICustomerService customerService,
        IOrderService orderService,
        IRepository<AffiliateAttribution> attributionRepository,
        ISettingService settingService)
    {
        _lookupService = lookupService;
        _recordingService = recordingService;
        _customerService = customerService;
        _orderService = orderService;
        _attributionRepository = attributionRepository;
        _settingService = settingService;
    }

    /// <inheritdoc />
    public async Task<OrderAttribution> AttributeOrderAsync(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);

        // The order's store decides, not the current request: an order may be placed from a payment callback.
        var settings = await _settingService.LoadSettingAsync<AffiliateTrackingSettings>(order.StoreId);
        if (!settings.Enabled)
            return OrderAttribution.None;

        // A click may still sit in this node's buffer when the shopper checks out within the same second.
        await _recordingService.FlushBufferAsync();

        var window = new AttributionWindow(AttributionSettingsRules.IsValidWindow(settings.AttributionWindowDays)
            ? settings.AttributionWindowDays
            : AttributionSettingsRules.DefaultWindowDays);
        var attributions = await _attributionRepository.Table.Where(a => a.CustomerId == order.CustomerId).ToListAsync();

        var candidates = attributions
            .Select(a => ClickAttributionRule.ActiveAt(new ClickAttribution(a.AffiliateId, a.ClickedOnUtc, a.LinkId), order.CreatedOnUtc, window))
            .Where(a => a is not null);
        var chosen = settings.AttributionModel == AttributionModel.FirstClick
            ? candidates.OrderBy(a => a.ClickedOnUtc).FirstOrDefault()
            : candidates.OrderByDescending(a => a.ClickedOnUtc).FirstOrDefault();

        var result = chosen is not null && await _lookupService.ResolveAffiliateIdAsync(chosen.AffiliateId) > 0
            ? new OrderAttribution(chosen.AffiliateId, AttributionSource.Link, chosen.LinkId)
            : OrderAttribution.None;

        // nopCommerce copied customer.AffiliateId onto the order. Overwrite it only where the plugin knows better: a
        // window it tracks, or a window of its own that has ended. An affiliate the admin assigned by hand stays.
        var fromExpiredWindow = !result.IsCredited && attributions.Any(a => a.AffiliateId == order.AffiliateId);
        if ((result.IsCredited && order.AffiliateId != result.AffiliateId) || (fromExpiredWindow && order.AffiliateId != 0))
        {
            order.AffiliateId = result.AffiliateId;
            await _orderService.UpdateOrderAsync(order);
        }

        if (fromExpiredWindow)
            await ClearCustomerAffiliateAsync(order.CustomerId, attributions.Select(a => a.AffiliateId).ToHashSet());

        return result;
    }

    private async Task ClearCustomerAffiliateAsync(int customerId, ISet<int> expiredAffiliateIds)
    {
        var customer = await _customerService.GetCustomerByIdAsync(customerId);
        if (customer is null || !expiredAffiliateIds.Contains(customer.AffiliateId))
            return;

        customer.AffiliateId = 0;
        await _customerService.UpdateCustomerAsync(customer);
    }
}
