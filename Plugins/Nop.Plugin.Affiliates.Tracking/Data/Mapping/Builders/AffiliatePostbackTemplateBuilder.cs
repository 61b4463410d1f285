using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Data.Mapping.Builders;

public class AffiliatePostbackTemplateBuilder : NopEntityBuilder<AffiliatePostbackTemplate>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(AffiliatePostbackTemplate.AffiliateId)).AsInt32().NotNullable().Unique("IX_AffiliateTrackingPostbackTemplate_AffiliateId")
            .WithColumn(nameof(AffiliatePostbackTemplate.UrlTemplate)).AsString(AffiliateTrackingDefaults.UrlMaxLength).NotNullable();
    }
}
