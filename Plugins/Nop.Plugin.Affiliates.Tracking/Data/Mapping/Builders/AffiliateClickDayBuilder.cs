using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Data.Mapping.Builders;

public class AffiliateClickDayBuilder : NopEntityBuilder<AffiliateClickDay>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        // Every column maps by convention; the covering (AffiliateId, Day, Clicks) index is in AffiliateTrackingIndexes.
    }
}
