namespace Nop.Plugin.Affiliates.Tracking.Services.Attribution;

/// <summary>
/// Writes buffered captures: click rows, the visitor's attribution, and the customer's AffiliateId.
/// </summary>
public interface IAttributionRecordingService
{
    Task SaveAsync(IReadOnlyList<AttributionCapture> captures);

    /// <summary>
    /// Writes everything still buffered on this node; call before reading attributions that a request may just have made.
    /// </summary>
    Task FlushBufferAsync();
}
