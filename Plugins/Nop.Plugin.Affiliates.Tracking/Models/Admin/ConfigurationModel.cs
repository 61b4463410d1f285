using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

public record ConfigurationModel : BaseNopModel
{
    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.Enabled")]
    public bool Enabled { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.AttributionWindowDays")]
    public int AttributionWindowDays { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.AttributionModel")]
    public int AttributionModelId { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.ReferralParameterName")]
    public string ReferralParameterName { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.ShortLinkPrefix")]
    public string ShortLinkPrefix { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.TrackCoreAffiliateLinks")]
    public bool TrackCoreAffiliateLinks { get; set; }

    /// <summary>
    /// One host name per line.
    /// </summary>
    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.AllowedExternalHosts")]
    public string AllowedExternalHosts { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.CommissionType")]
    public int CommissionTypeId { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.CommissionPercentage")]
    public decimal CommissionPercentage { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.CommissionFixedAmount")]
    public decimal CommissionFixedAmount { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.HoldPeriodDays")]
    public int HoldPeriodDays { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.MinimumPayoutAmount")]
    public decimal MinimumPayoutAmount { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.DeleteDataOnUninstall")]
    public bool DeleteDataOnUninstall { get; set; }

    // Postbacks (issue 6)
    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.PostbacksEnabled")]
    public bool PostbacksEnabled { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.PostbackUrlTemplate")]
    public string PostbackUrlTemplate { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.PostbackAllowHttp")]
    public bool PostbackAllowHttp { get; set; }

    /// <summary>
    /// Shown, never posted back: the secret only changes through <see cref="RegeneratePostbackSigningSecret"/>.
    /// </summary>
    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.PostbackSigningSecret")]
    public string PostbackSigningSecret { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.RegeneratePostbackSigningSecret")]
    public bool RegeneratePostbackSigningSecret { get; set; }

    public IList<SelectListItem> AvailableAttributionModels { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableCommissionTypes { get; set; } = new List<SelectListItem>();

    // Program membership and its e-mails (issue 7)

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.AutoApproveApplications")]
    public bool AutoApproveApplications { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.NotifyStoreOwnerOfApplications")]
    public bool NotifyStoreOwnerOfApplications { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.NotifyApplicantOfApplication")]
    public bool NotifyApplicantOfApplication { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.NotifyAffiliateOfApproval")]
    public bool NotifyAffiliateOfApproval { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.NotifyAffiliateOfPayout")]
    public bool NotifyAffiliateOfPayout { get; set; }

    // The ledger's settings (issue 6), on the page since issue 7
    [NopResourceDisplayName(AffiliateTrackingDefaults.LocalePrefix + "Fields.LifetimeCommissionMode")]
    public int LifetimeCommissionModeId { get; set; }

    [NopResourceDisplayName(AffiliateTrackingDefaults.LocalePrefix + "Fields.LifetimeCommissionMonths")]
    public int LifetimeCommissionMonths { get; set; }

    [NopResourceDisplayName(AffiliateTrackingDefaults.LocalePrefix + "Fields.LedgerReconcileDays")]
    public int LedgerReconcileDays { get; set; }

    public IList<SelectListItem> AvailableLifetimeCommissionModes { get; set; } = new List<SelectListItem>();
}
