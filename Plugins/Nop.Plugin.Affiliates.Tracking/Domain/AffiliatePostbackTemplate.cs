using Nop.Core;

namespace Nop.Plugin.Affiliates.Tracking.Domain;

/// <summary>
/// An affiliate's own postback URL template; when present it replaces the program's global template for that affiliate.
/// </summary>
public class AffiliatePostbackTemplate : BaseEntity
{
    public int AffiliateId { get; set; }

    public string UrlTemplate { get; set; }

    public DateTime UpdatedOnUtc { get; set; }
}
