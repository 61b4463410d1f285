using Nop.Plugin.Affiliates.Tracking.Services.Commissions;
using Nop.Plugin.Affiliates.Tracking.Services.Postbacks;
using Nop.Services.Events;

namespace Nop.Plugin.Affiliates.Tracking.Services.Events;

/// <summary>
/// Queues a postback for every stored commission change. Only a database insert: the shopper's request (or whatever
/// changed the commission) never waits for a receiver; the delivery task sends it.
/// </summary>
public class PostbackEventConsumer : IConsumer<CommissionChangedEvent>
{
    private readonly IAffiliatePostbackService _postbackService;

    public PostbackEventConsumer(IAffiliatePostbackService postbackService)
    {
        _postbackService = postbackService;
    }

    public async Task HandleEventAsync(CommissionChangedEvent eventMessage) => await _postbackService.EnqueueAsync(eventMessage);
}
