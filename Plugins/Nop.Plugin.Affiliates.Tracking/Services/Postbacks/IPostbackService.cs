namespace Nop.Plugin.Affiliates.Tracking.Services.Postbacks;

/// <summary>
/// Queues server-to-server notifications; delivery happens later, outside the shopper's request.
/// </summary>
public interface IPostbackService
{
    /// <summary>
    /// Adds the notification to the durable outbox once per commission and status; a repeat is ignored.
    /// </summary>
    Task EnqueueAsync(PostbackNotification notification);
}
