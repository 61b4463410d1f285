using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Data.Mapping.Builders;

public class AffiliatePostbackBuilder : NopEntityBuilder<AffiliatePostback>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        // The unique event key makes enqueueing idempotent; the status index keeps the delivery task's scan to the few pending rows.
        table
            .WithColumn(nameof(AffiliatePostback.CommissionId)).AsInt32().NotNullable().Indexed("IX_AffiliateTrackingPostback_CommissionId")
            .WithColumn(nameof(AffiliatePostback.EventKey)).AsString(AffiliateTrackingDefaults.PostbackEventKeyMaxLength).NotNullable().Unique("IX_AffiliateTrackingPostback_EventKey")
            .WithColumn(nameof(AffiliatePostback.Url)).AsString(AffiliateTrackingDefaults.PostbackUrlMaxLength).NotNullable()
            .WithColumn(nameof(AffiliatePostback.StatusId)).AsInt32().NotNullable().Indexed("IX_AffiliateTrackingPostback_StatusId")
            .WithColumn(nameof(AffiliatePostback.LastError)).AsString(AffiliateTrackingDefaults.PostbackErrorMaxLength).Nullable();
    }
}
