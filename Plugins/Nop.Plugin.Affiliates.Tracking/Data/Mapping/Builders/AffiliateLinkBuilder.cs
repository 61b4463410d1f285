using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Data.Mapping.Builders;

public class AffiliateLinkBuilder : NopEntityBuilder<AffiliateLink>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(AffiliateLink.AffiliateId)).AsInt32().NotNullable().Indexed("IX_AffiliateTrackingLink_AffiliateId")
            .WithColumn(nameof(AffiliateLink.Slug)).AsString(AffiliateTrackingDefaults.SlugMaxLength).NotNullable().Unique("IX_AffiliateTrackingLink_Slug")
            .WithColumn(nameof(AffiliateLink.DestinationUrl)).AsString(AffiliateTrackingDefaults.UrlMaxLength).NotNullable();
    }
}
