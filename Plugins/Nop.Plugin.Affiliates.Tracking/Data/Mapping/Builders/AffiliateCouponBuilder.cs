using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Data.Mapping.Builders;

public class AffiliateCouponBuilder : NopEntityBuilder<AffiliateCoupon>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        // No foreign key to Discount: a cascade would silently delete the affiliate's record with the discount.
        table
            .WithColumn(nameof(AffiliateCoupon.AffiliateId)).AsInt32().NotNullable().Indexed("IX_AffiliateTrackingCoupon_AffiliateId")
            .WithColumn(nameof(AffiliateCoupon.DiscountId)).AsInt32().NotNullable().Unique("IX_AffiliateTrackingCoupon_DiscountId")
            .WithColumn(nameof(AffiliateCoupon.TemplateDiscountId)).AsInt32().NotNullable().Indexed("IX_AffiliateTrackingCoupon_TemplateDiscountId")
            .WithColumn(nameof(AffiliateCoupon.CouponCode)).AsString(AffiliateTrackingDefaults.CouponCodeMaxLength).NotNullable().Unique("IX_AffiliateTrackingCoupon_CouponCode")
            .WithColumn(nameof(AffiliateCoupon.TemplateAffiliateKey)).AsString(AffiliateTrackingDefaults.TemplateAffiliateKeyMaxLength).NotNullable()
                .Unique("IX_AffiliateTrackingCoupon_TemplateAffiliateKey");
    }
}
