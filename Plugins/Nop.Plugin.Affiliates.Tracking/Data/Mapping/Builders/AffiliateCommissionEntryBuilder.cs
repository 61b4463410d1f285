using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Data.Mapping.Builders;

public class AffiliateCommissionEntryBuilder : NopEntityBuilder<AffiliateCommissionEntry>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        // The unique key is the whole exactly-once guarantee: a second delivery of an event fails here and changes nothing.
        table
            .WithColumn(nameof(AffiliateCommissionEntry.CommissionId)).AsInt32().NotNullable().Indexed("IX_AffiliateTrackingCommissionEntry_CommissionId")
            .WithColumn(nameof(AffiliateCommissionEntry.EntryKey)).AsString(AffiliateTrackingDefaults.LedgerEntryKeyMaxLength).NotNullable()
                .Unique("IX_AffiliateTrackingCommissionEntry_EntryKey")
            .WithColumn(nameof(AffiliateCommissionEntry.PayoutId)).AsInt32().NotNullable().Indexed("IX_AffiliateTrackingCommissionEntry_PayoutId")
            .WithColumn(nameof(AffiliateCommissionEntry.Note)).AsString(AffiliateTrackingDefaults.LedgerNoteMaxLength).Nullable();
    }
}
