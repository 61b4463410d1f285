using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Data.Mapping.Builders;

public class AffiliatePayoutBuilder : NopEntityBuilder<AffiliatePayout>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(AffiliatePayout.Reference)).AsString(AffiliateTrackingDefaults.PayoutReferenceMaxLength).Nullable()
            .WithColumn(nameof(AffiliatePayout.CurrencyCode)).AsString(AffiliateTrackingDefaults.CurrencyCodeMaxLength).Nullable();
    }
}
