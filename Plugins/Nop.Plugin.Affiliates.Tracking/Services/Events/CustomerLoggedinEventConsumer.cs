using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Services.Attribution;
using Nop.Services.Events;

namespace Nop.Plugin.Affiliates.Tracking.Services.Events;

/// <summary>
/// A guest who signs in continues as their registered customer record; their attributions move along, so an order
/// placed after login is credited like one placed as a guest.
/// </summary>
public class CustomerLoggedinEventConsumer : IConsumer<CustomerLoggedinEvent>
{
    private readonly IAttributionRecordingService _recordingService;
    private readonly IRepository<AffiliateAttribution> _attributionRepository;
    private readonly TimeProvider _timeProvider;

    public CustomerLoggedinEventConsumer(IAttributionRecordingService recordingService,
        IRepository<AffiliateAttribution> attributionRepository,
        TimeProvider timeProvider)
    {
        _recordingService = recordingService;
        _attributionRepository = attributionRepository;
        _timeProvider = timeProvider;
    }

    public async Task HandleEventAsync(CustomerLoggedinEvent eventMessage)
    {
        var guest = eventMessage.GuestCustomer;
        var customer = eventMessage.Customer;
        if (guest is null || customer is null || guest.Id == customer.Id)
            return;

        // The guest's click may still be in this node's buffer when they sign in right after landing.
        await _recordingService.FlushBufferAsync();

        var attributions = await _attributionRepository.Table.Where(a => a.CustomerId == guest.Id).ToListAsync();
        if (attributions.Count == 0)
            return;

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        foreach (var attribution in attributions)
        {
            attribution.CustomerId = customer.Id;
            attribution.UpdatedOnUtc = now;
        }

        await _attributionRepository.UpdateAsync(attributions, publishEvent: false);
    }
}
