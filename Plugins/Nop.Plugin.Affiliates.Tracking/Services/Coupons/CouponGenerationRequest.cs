using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Services.Coupons;

/// <summary>
/// What the owner asked for when generating coupons from a template discount.
/// </summary>
public class CouponGenerationRequest
{
    public int TemplateDiscountId { get; set; }

    public CouponCodePattern Pattern { get; set; }

    /// <summary>
    /// Letters and digits put before the random part (PrefixRandom only).
    /// </summary>
    public string Prefix { get; set; }

    /// <summary>
    /// Random characters after the name or prefix (FromName and PrefixRandom).
    /// </summary>
    public int RandomLength { get; set; } = AffiliateTrackingDefaults.DefaultCouponSuffixLength;

    public DateTime? StartDateUtc { get; set; }

    public DateTime? EndDateUtc { get; set; }

    public string Note { get; set; }

    /// <summary>
    /// The affiliates to generate for; empty for all active affiliates. Ignored for Typed, where the keys of
    /// <see cref="TypedCodes"/> are the affiliates.
    /// </summary>
    public IList<int> AffiliateIds { get; set; } = new List<int>();

    /// <summary>
    /// Affiliate id → code, for the Typed pattern.
    /// </summary>
    public IDictionary<int, string> TypedCodes { get; set; } = new Dictionary<int, string>();
}
