using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Data.Mapping.Builders;

public class AffiliateAttributionBuilder : NopEntityBuilder<AffiliateAttribution>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        // One row per visitor: web-farm nodes recording the same visitor meet on this unique key instead of adding rows.
        table
            .WithColumn(nameof(AffiliateAttribution.VisitorId)).AsGuid().NotNullable().Unique("IX_AffiliateTrackingAttribution_VisitorId")
            .WithColumn(nameof(AffiliateAttribution.CustomerId)).AsInt32().NotNullable().Indexed("IX_AffiliateTrackingAttribution_CustomerId");
    }
}
