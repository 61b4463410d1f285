using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Affiliates.Tracking.Services.Postbacks;

/// <summary>
/// nopCommerce's scheduler runs this every minute (installed by the plugin; see AffiliateTrackingDefaults.PostbackTaskType).
/// </summary>
public class PostbackDeliveryTask : IScheduleTask
{
    private readonly IPostbackDeliveryService _deliveryService;

    public PostbackDeliveryTask(IPostbackDeliveryService deliveryService)
    {
        _deliveryService = deliveryService;
    }

    /// <inheritdoc />
    public async Task ExecuteAsync() => await _deliveryService.DeliverDueAsync();
}
