using Nop.Core;

namespace Nop.Plugin.Affiliates.Tracking.Domain;

/// <summary>
/// A delivery node's lease on one postback. The unique PostbackId lets exactly one node insert it, so two nodes running
/// the task at once never send the same postback; a lease past <see cref="ExpiresOnUtc"/> (its node died) may be taken over.
/// </summary>
public class AffiliatePostbackClaim : BaseEntity
{
    public int PostbackId { get; set; }

    public string Owner { get; set; }

    public DateTime ExpiresOnUtc { get; set; }
}
