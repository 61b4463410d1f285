using Nop.Core;

namespace Nop.Plugin.Affiliates.Tracking.Domain;

/// <summary>
/// A short share link (/go/{slug}) that credits an affiliate and redirects to a store page or an allowed external site.
/// </summary>
public class AffiliateLink : BaseEntity
{
    public int AffiliateId { get; set; }

    public string Slug { get; set; }

    public string DestinationUrl { get; set; }

    public bool Active { get; set; }

    public DateTime CreatedOnUtc { get; set; }
}
