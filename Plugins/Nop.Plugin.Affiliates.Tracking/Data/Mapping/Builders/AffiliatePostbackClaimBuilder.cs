using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Data.Mapping.Builders;

public class AffiliatePostbackClaimBuilder : NopEntityBuilder<AffiliatePostbackClaim>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        // One lease per postback: the index, not a lock in memory, decides which node sends it.
        table
            .WithColumn(nameof(AffiliatePostbackClaim.PostbackId)).AsInt32().NotNullable().Unique("IX_AffiliateTrackingPostbackClaim_PostbackId")
            .WithColumn(nameof(AffiliatePostbackClaim.Owner)).AsString(AffiliateTrackingDefaults.PostbackClaimOwnerMaxLength).NotNullable();
    }
}
