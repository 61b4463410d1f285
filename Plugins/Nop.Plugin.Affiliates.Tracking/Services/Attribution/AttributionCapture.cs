using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Services.Attribution;

/// <summary>
/// Something a storefront request learned about attribution, written to the database later by the buffer's writer.
/// </summary>
public sealed record AttributionCapture(CaptureKind Kind, AttributionTicket Ticket, AffiliateClick Click = null)
{
    /// <summary>
    /// How many writes of this capture have failed so far.
    /// </summary>
    public int FailedAttempts { get; init; }

    /// <summary>
    /// Whether the click row is stored, so a retried batch does not store it twice. Not told by the click's id:
    /// nopCommerce's bulk insert sets the ids before it copies the rows, so a failed copy leaves ids on unstored clicks.
    /// </summary>
    public bool ClickStored { get; set; }
}
