using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Data.Mapping.Builders;

public class AffiliateCommissionBuilder : NopEntityBuilder<AffiliateCommission>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        // The unique order id is what makes crediting idempotent across repeated events and web-farm nodes.
        table
            .WithColumn(nameof(AffiliateCommission.OrderId)).AsInt32().NotNullable().Unique("IX_AffiliateTrackingCommission_OrderId")
            .WithColumn(nameof(AffiliateCommission.AffiliateId)).AsInt32().NotNullable().Indexed("IX_AffiliateTrackingCommission_AffiliateId")
            .WithColumn(nameof(AffiliateCommission.CouponCode)).AsString(AffiliateTrackingDefaults.CouponCodeMaxLength).Nullable()
            .WithColumn(nameof(AffiliateCommission.OrderCurrencyCode)).AsString(AffiliateTrackingDefaults.CurrencyCodeMaxLength).Nullable();
    }
}
