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
        // Postbacks (issue 6)
        [typeof(AffiliatePostback)] = AffiliateTrackingDefaults.TablePrefix + "Postback",
        [typeof(AffiliatePostbackClaim)] = AffiliateTrackingDefaults.TablePrefix + "PostbackClaim",
        [typeof(AffiliatePostbackTemplate)] = AffiliateTrackingDefaults.TablePrefix + "PostbackTemplate"
    };

    public Dictionary<(Type, string), string> ColumnName => new();
}
