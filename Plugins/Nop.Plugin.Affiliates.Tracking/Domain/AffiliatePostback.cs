using Nop.Core;

namespace Nop.Plugin.Affiliates.Tracking.Domain;

/// <summary>
/// One server-to-server notification in the outbox: written when a commission changes, sent later by the delivery task.
/// </summary>
public class AffiliatePostback : BaseEntity
{
    public int CommissionId { get; set; }

    public int AffiliateId { get; set; }

    /// <summary>
    /// Unique: the same commission change announced twice enqueues one postback (see Rules/PostbackEventKey).
    /// </summary>
    public string EventKey { get; set; }

    /// <summary>
    /// The template rendered with the change's values, fixed when enqueued.
    /// </summary>
    public string Url { get; set; }

    public int StatusId { get; set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptOnUtc { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime? LastAttemptOnUtc { get; set; }

    public DateTime? DeliveredOnUtc { get; set; }

    public int? LastStatusCode { get; set; }

    public string LastError { get; set; }

    public PostbackStatus Status
    {
        get => (PostbackStatus)StatusId;
        set => StatusId = (int)value;
    }
}
