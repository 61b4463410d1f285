using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Infrastructure;

/// <summary>
/// The settings storefront requests are handled with, held in memory so that neither recognising a link nor following
/// it reads the database or builds the settings object. They are the installation-wide values (store 0): they decide
/// which requests are links at all, and a click is recorded the same way whichever store's host it arrives on.
/// </summary>
public sealed record AttributionRequestSettings(bool Enabled, string ReferralParameterName, string ShortLinkPrefix, bool TrackCoreAffiliateLinks,
    int AttributionWindowDays = AttributionSettingsRules.DefaultWindowDays,
    AttributionModel AttributionModel = AttributionModel.LastClick,
    IReadOnlyList<string> AllowedExternalHosts = null,
    string IpHashSalt = null)
{
    public AttributionWindow Window => AttributionWindow.FromSetting(AttributionWindowDays);

    public static AttributionRequestSettings From(AffiliateTrackingSettings settings) => new(
        settings.Enabled,
        AttributionSettingsRules.IsValidParameterName(settings.ReferralParameterName) ? settings.ReferralParameterName : AttributionSettingsRules.DefaultReferralParameterName,
        AttributionSettingsRules.IsValidPathPrefix(settings.ShortLinkPrefix) ? settings.ShortLinkPrefix : AttributionSettingsRules.DefaultShortLinkPrefix,
        settings.TrackCoreAffiliateLinks,
        settings.AttributionWindowDays,
        settings.AttributionModel,
        (settings.AllowedExternalHosts ?? new List<string>()).ToList(),
        settings.IpHashSalt);
}
