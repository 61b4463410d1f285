namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// The affiliate a visitor is attributed to and the click that started it.
/// </summary>
public sealed record ClickAttribution(int AffiliateId, DateTime ClickedOnUtc, int LinkId = 0);
