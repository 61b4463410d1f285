using Nop.Core;

namespace Nop.Plugin.Affiliates.Tracking.Domain;

/// <summary>
/// The affiliate who first referred a customer (by coupon or share link). Unique per customer: the first one stays.
/// Recorded whether or not lifetime commissions are on, so switching them on later covers earlier referrals.
/// </summary>
public class AffiliateLifetimeReferral : BaseEntity
{
    public int CustomerId { get; set; }

    public int AffiliateId { get; set; }

    public int FirstOrderId { get; set; }

    public DateTime CreatedOnUtc { get; set; }
}
