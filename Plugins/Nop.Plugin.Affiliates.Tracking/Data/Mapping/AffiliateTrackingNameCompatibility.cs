using Nop.Data.Mapping;
using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Data.Mapping;

/// <summary>
/// Prefixes the plugin's tables so they never collide with core or other plugins' tables.
/// </summary>
public class AffiliateTrackingNameCompatibility : INameCompatibility
{
    public Dictionary<Type, string> TableNames => new()
    {
        [typeof(AffiliateLink)] = AffiliateTrackingDefaults.TablePrefix + "Link",
        [typeof(AffiliateClick)] = AffiliateTrackingDefaults.TablePrefix + "Click",
        [typeof(AffiliateCoupon)] = AffiliateTrackingDefaults.TablePrefix + "Coupon",
        [typeof(AffiliateCommission)] = AffiliateTrackingDefaults.TablePrefix + "Commission",
        [typeof(AffiliateAttribution)] = AffiliateTrackingDefaults.TablePrefix + "Attribution",
        [typeof(AffiliateCouponGenerationJob)] = AffiliateTrackingDefaults.TablePrefix + "CouponJob",
        // Commission ledger (issue 6)
        [typeof(AffiliateCommissionEntry)] = AffiliateTrackingDefaults.TablePrefix + "CommissionEntry",
        [typeof(AffiliateCommissionRate)] = AffiliateTrackingDefaults.TablePrefix + "CommissionRate",
        [typeof(AffiliateLifetimeReferral)] = AffiliateTrackingDefaults.TablePrefix + "LifetimeReferral",
        [typeof(AffiliatePayout)] = AffiliateTrackingDefaults.TablePrefix + "Payout",
        [typeof(AffiliatePayoutLine)] = AffiliateTrackingDefaults.TablePrefix + "PayoutLine",
        // Program membership (issue 7)
        [typeof(AffiliateMember)] = AffiliateTrackingDefaults.TablePrefix + "Member",
        // Postbacks (issue 6)
        [typeof(AffiliatePostback)] = AffiliateTrackingDefaults.TablePrefix + "Postback",
        [typeof(AffiliatePostbackClaim)] = AffiliateTrackingDefaults.TablePrefix + "PostbackClaim",
        [typeof(AffiliatePostbackTemplate)] = AffiliateTrackingDefaults.TablePrefix + "PostbackTemplate",
        // Dashboard click roll-up (issue 7)
        [typeof(AffiliateClickDay)] = AffiliateTrackingDefaults.TablePrefix + "ClickDay"
    };

    public Dictionary<(Type, string), string> ColumnName => new();
}
