using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

public record ConfigurationModel : BaseNopModel
{
    // Store scope (issue 7): the store whose values the page shows and saves, 0 for all stores.
    public int ActiveStoreScopeConfiguration { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.Enabled")]
    public bool Enabled { get; set; }
    public bool Enabled_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.AttributionWindowDays")]
    public int AttributionWindowDays { get; set; }
    public bool AttributionWindowDays_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.AttributionModel")]
    public int AttributionModelId { get; set; }
    public bool AttributionModelId_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.ReferralParameterName")]
    public string ReferralParameterName { get; set; }
    public bool ReferralParameterName_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.ShortLinkPrefix")]
    public string ShortLinkPrefix { get; set; }
    public bool ShortLinkPrefix_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.TrackCoreAffiliateLinks")]
    public bool TrackCoreAffiliateLinks { get; set; }
    public bool TrackCoreAffiliateLinks_OverrideForStore { get; set; }

    /// <summary>
    /// One host name per line.
    /// </summary>
    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.AllowedExternalHosts")]
    public string AllowedExternalHosts { get; set; }
    public bool AllowedExternalHosts_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.CommissionType")]
    public int CommissionTypeId { get; set; }
    public bool CommissionTypeId_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.CommissionPercentage")]
    public decimal CommissionPercentage { get; set; }
    public bool CommissionPercentage_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.CommissionFixedAmount")]
    public decimal CommissionFixedAmount { get; set; }
    public bool CommissionFixedAmount_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.HoldPeriodDays")]
    public int HoldPeriodDays { get; set; }
    public bool HoldPeriodDays_OverrideForStore { get; set; }

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
    public bool AutoApproveApplications_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.NotifyStoreOwnerOfApplications")]
    public bool NotifyStoreOwnerOfApplications { get; set; }
    public bool NotifyStoreOwnerOfApplications_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.NotifyApplicantOfApplication")]
    public bool NotifyApplicantOfApplication { get; set; }
    public bool NotifyApplicantOfApplication_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.NotifyAffiliateOfApproval")]
    public bool NotifyAffiliateOfApproval { get; set; }
    public bool NotifyAffiliateOfApproval_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Fields.NotifyAffiliateOfPayout")]
    public bool NotifyAffiliateOfPayout { get; set; }

    // The ledger's settings (issue 6), on the page since issue 7
    [NopResourceDisplayName(AffiliateTrackingDefaults.LocalePrefix + "Fields.LifetimeCommissionMode")]
    public int LifetimeCommissionModeId { get; set; }
    public bool LifetimeCommissionModeId_OverrideForStore { get; set; }

    [NopResourceDisplayName(AffiliateTrackingDefaults.LocalePrefix + "Fields.LifetimeCommissionMonths")]
    public int LifetimeCommissionMonths { get; set; }
    public bool LifetimeCommissionMonths_OverrideForStore { get; set; }

    [NopResourceDisplayName(AffiliateTrackingDefaults.LocalePrefix + "Fields.LedgerReconcileDays")]
    public int LedgerReconcileDays { get; set; }

    public IList<SelectListItem> AvailableLifetimeCommissionModes { get; set; } = new List<SelectListItem>();
}
