namespace Nop.Plugin.Affiliates.Tracking.Services.Postbacks;

/// <summary>
/// Sends the outbox's due postbacks. Safe to run on several nodes at once: each postback is claimed in the database first.
/// </summary>
public interface IPostbackDeliveryService
{
    /// <summary>
    /// Sends up to one batch of postbacks that are due now; each is attempted once per run.
    /// </summary>
    Task<PostbackDeliveryReport> DeliverDueAsync(CancellationToken cancellationToken = default);
}
