using Nop.Core;

namespace Nop.Plugin.Affiliates.Tracking.Domain;

/// <summary>
/// The server-side record of which affiliate a visitor (the attribution cookie's id) is attributed to, and the
/// nopCommerce customer that visitor was last seen as. Orders are credited from here, never from the cookie.
/// </summary>
public class AffiliateAttribution : BaseEntity
{
    public Guid VisitorId { get; set; }

    public int CustomerId { get; set; }

    public int AffiliateId { get; set; }

    public int LinkId { get; set; }

    public DateTime ClickedOnUtc { get; set; }

    public DateTime UpdatedOnUtc { get; set; }
}
