namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// A stored override of the program rate: for one affiliate (AffiliateId &gt; 0) or every affiliate (0), for the
/// whole order (CategoryId null) or for order items of one category.
/// </summary>
public sealed record CommissionRateOverride(int AffiliateId, int? CategoryId, CommissionRate Rate);
