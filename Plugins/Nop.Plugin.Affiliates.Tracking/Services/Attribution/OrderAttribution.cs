using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Services.Attribution;

/// <summary>
/// Who an order credits and why; AffiliateId 0 when nobody. ClickId is the share-link click that credited it, when known.
/// </summary>
public sealed record OrderAttribution(int AffiliateId, AttributionSource? Source, int LinkId = 0, string CouponCode = null, int ClickId = 0)
{
    public static OrderAttribution None { get; } = new(0, null);

    public bool IsCredited => AffiliateId > 0;
}
