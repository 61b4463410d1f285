using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Infrastructure;

/// <summary>
/// The settings every storefront request is checked against, held in memory so that check needs no database read.
/// Parameter names and the short-link prefix are store-wide (not per store): they decide which requests are links at all.
/// </summary>
public sealed record AttributionRequestSettings(bool Enabled, string ReferralParameterName, string ShortLinkPrefix, bool TrackCoreAffiliateLinks)
{
    public static AttributionRequestSettings From(AffiliateTrackingSettings settings) => new(
        settings.Enabled,
        AttributionSettingsRules.IsValidParameterName(settings.ReferralParameterName) ? settings.ReferralParameterName : AttributionSettingsRules.DefaultReferralParameterName,
        AttributionSettingsRules.IsValidPathPrefix(settings.ShortLinkPrefix) ? settings.ShortLinkPrefix : AttributionSettingsRules.DefaultShortLinkPrefix,
        settings.TrackCoreAffiliateLinks);
}
