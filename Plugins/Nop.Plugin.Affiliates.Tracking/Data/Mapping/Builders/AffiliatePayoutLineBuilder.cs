using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Data.Mapping.Builders;

public class AffiliatePayoutLineBuilder : NopEntityBuilder<AffiliatePayoutLine>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(AffiliatePayoutLine.PayoutId)).AsInt32().NotNullable().Indexed("IX_AffiliateTrackingPayoutLine_PayoutId")
            .WithColumn(nameof(AffiliatePayoutLine.AffiliateId)).AsInt32().NotNullable().Indexed("IX_AffiliateTrackingPayoutLine_AffiliateId")
            .WithColumn(nameof(AffiliatePayoutLine.CurrencyCode)).AsString(AffiliateTrackingDefaults.CurrencyCodeMaxLength).Nullable()
            .WithColumn(nameof(AffiliatePayoutLine.PayoutEmail)).AsString(AffiliateTrackingDefaults.AddressEmailMaxLength).Nullable()
            .WithColumn(nameof(AffiliatePayoutLine.Reference)).AsString(AffiliateTrackingDefaults.PayoutReferenceMaxLength).Nullable();
    }
}
