using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Data.Mapping.Builders;

public class AffiliateCouponGenerationJobBuilder : NopEntityBuilder<AffiliateCouponGenerationJob>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(AffiliateCouponGenerationJob.TemplateDiscountId)).AsInt32().NotNullable().Indexed("IX_AffiliateTrackingCouponJob_TemplateDiscountId")
            .WithColumn(nameof(AffiliateCouponGenerationJob.Prefix)).AsString(AffiliateTrackingDefaults.CouponJobPrefixMaxLength).Nullable()
            .WithColumn(nameof(AffiliateCouponGenerationJob.Note)).AsString(AffiliateTrackingDefaults.CouponJobNoteMaxLength).Nullable();
    }
}
