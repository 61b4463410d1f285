using Nop.Core;
using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Domain;

/// <summary>
/// One counted visit through an affiliate's link. Holds no raw IP address, only a salted hash.
/// </summary>
public class AffiliateClick : BaseEntity
{
    public int AffiliateId { get; set; }

    /// <summary>
    /// The short link clicked, or 0 for a store URL carrying the affiliate parameter.
    /// </summary>
    public int LinkId { get; set; }

    /// <summary>
    /// Identifies the browser across requests; the attribution cookie carries it.
    /// </summary>
    public Guid VisitorId { get; set; }

    public string LandingUrl { get; set; }

    public string ReferrerHost { get; set; }

    public string UtmSource { get; set; }

    public string UtmMedium { get; set; }

    public string UtmCampaign { get; set; }

    public string IpHash { get; set; }

    public int UserAgentKindId { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public UserAgentKind UserAgentKind
    {
        get => (UserAgentKind)UserAgentKindId;
        set => UserAgentKindId = (int)value;
    }
}
