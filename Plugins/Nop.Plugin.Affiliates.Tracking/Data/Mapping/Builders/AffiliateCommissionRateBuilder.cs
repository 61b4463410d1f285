using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Data.Mapping.Builders;

public class AffiliateCommissionRateBuilder : NopEntityBuilder<AffiliateCommissionRate>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(AffiliateCommissionRate.AffiliateId)).AsInt32().NotNullable().Indexed("IX_AffiliateTrackingCommissionRate_AffiliateId")
            .WithColumn(nameof(AffiliateCommissionRate.RateKey)).AsString(AffiliateTrackingDefaults.CommissionRateKeyMaxLength).NotNullable()
                .Unique("IX_AffiliateTrackingCommissionRate_RateKey");
    }
}
