using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Infrastructure;

/// <summary>
/// The settings one store's storefront requests are handled with, held in memory (see <see cref="AttributionStoreSettings"/>)
/// so that neither recognising a link nor following it reads the database or builds the settings object.
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

    /// <summary>
    /// Like equality, but compares the allowed hosts by content.
    /// </summary>
    public bool HasSameValues(AttributionRequestSettings other) =>
        other is not null
        && this with { AllowedExternalHosts = null } == other with { AllowedExternalHosts = null }
        && (AllowedExternalHosts ?? Array.Empty<string>()).SequenceEqual(other.AllowedExternalHosts ?? Array.Empty<string>(), StringComparer.OrdinalIgnoreCase);
}
