using Nop.Core.Configuration;
using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking;

/// <summary>
/// Affiliate program settings. Defaults here are the install defaults.
/// </summary>
public class AffiliateTrackingSettings : ISettings
{
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long after a click an order still credits the affiliate (1–365 days).
    /// </summary>
    public int AttributionWindowDays { get; set; } = AttributionSettingsRules.DefaultWindowDays;

    public AttributionModel AttributionModel { get; set; } = AttributionModel.LastClick;

    /// <summary>
    /// Query-string parameter that carries an affiliate's code on any store URL.
    /// </summary>
    public string ReferralParameterName { get; set; } = AttributionSettingsRules.DefaultReferralParameterName;

    /// <summary>
    /// First path segment of short share links, as in /go/{slug}.
    /// </summary>
    public string ShortLinkPrefix { get; set; } = AttributionSettingsRules.DefaultShortLinkPrefix;

    /// <summary>
    /// Whether nopCommerce's own ?affiliateid= and ?affiliate= links also start an attribution window.
    /// </summary>
    public bool TrackCoreAffiliateLinks { get; set; } = true;

    /// <summary>
    /// Secret that keys the hashes of visitors' IP addresses; generated at install, never shown.
    /// </summary>
    public string IpHashSalt { get; set; }

    /// <summary>
    /// Hosts outside the store that share links may redirect to.
    /// </summary>
    public List<string> AllowedExternalHosts { get; set; } = new();

    public CommissionType CommissionType { get; set; } = CommissionType.PercentageOfSubtotal;

    public decimal CommissionPercentage { get; set; } = 10m;

    public decimal CommissionFixedAmount { get; set; }

    /// <summary>
    /// Days a paid order must stay unrefunded before its commission is approved.
    /// </summary>
    public int HoldPeriodDays { get; set; } = 30;

    public decimal MinimumPayoutAmount { get; set; } = 50m;

    /// <summary>
    /// When set, uninstalling drops the plugin's tables and everything in them; by default the data is kept.
    /// </summary>
    public bool DeleteDataOnUninstall { get; set; }

    // Commission ledger (issue 6)

    /// <summary>
    /// Whether a customer's later orders keep crediting the affiliate who first referred them (off by default).
    /// </summary>
    public LifetimeCommissionMode LifetimeCommissionMode { get; set; } = LifetimeCommissionMode.Off;

    /// <summary>
    /// How long a lifetime referral credits orders when the mode is ForMonths (1–120).
    /// </summary>
    public int LifetimeCommissionMonths { get; set; } = 12;

    /// <summary>
    /// How far back the reconciliation task compares commissions with their orders (refunds can come months later).
    /// </summary>
    public int LedgerReconcileDays { get; set; } = 365;

    // Program membership and its e-mails (issue 7)

    /// <summary>
    /// Approve applications as they arrive instead of waiting for an administrator.
    /// </summary>
    public bool AutoApproveApplications { get; set; }

    public bool NotifyStoreOwnerOfApplications { get; set; } = true;

    public bool NotifyApplicantOfApplication { get; set; } = true;

    public bool NotifyAffiliateOfApproval { get; set; } = true;

    public bool NotifyAffiliateOfPayout { get; set; } = true;

    // Postbacks (issue 6)

    /// <summary>
    /// Send server-to-server notifications of commission changes to the global or the affiliate's own URL template.
    /// </summary>
    public bool PostbacksEnabled { get; set; }

    /// <summary>
    /// Global postback URL template with {token} placeholders (see Rules/PostbackTemplate); an affiliate's own template replaces it.
    /// </summary>
    public string PostbackUrlTemplate { get; set; }

    /// <summary>
    /// Key of the postbacks' HMAC signature; generated at install, shown to the owner to give to the receiving network.
    /// </summary>
    public string PostbackSigningSecret { get; set; }

    /// <summary>
    /// Allow plain-http postback URLs (https only by default).
    /// </summary>
    public bool PostbackAllowHttp { get; set; }
}
