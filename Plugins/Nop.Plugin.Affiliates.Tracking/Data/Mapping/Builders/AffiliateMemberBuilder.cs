using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Data.Mapping.Builders;

public class AffiliateMemberBuilder : NopEntityBuilder<AffiliateMember>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        // Unique customer: two quick clicks on "Apply" cannot make two memberships.
        table
            .WithColumn(nameof(AffiliateMember.CustomerId)).AsInt32().NotNullable().Unique("IX_AffiliateTrackingMember_CustomerId")
            .WithColumn(nameof(AffiliateMember.AffiliateId)).AsInt32().NotNullable().Indexed("IX_AffiliateTrackingMember_AffiliateId")
            .WithColumn(nameof(AffiliateMember.PayoutEmail)).AsString(AffiliateTrackingDefaults.EmailMaxLength).Nullable()
            .WithColumn(nameof(AffiliateMember.ApplicationMessage)).AsString(AffiliateTrackingDefaults.MemberMessageMaxLength).Nullable()
            .WithColumn(nameof(AffiliateMember.AdminNote)).AsString(AffiliateTrackingDefaults.MemberMessageMaxLength).Nullable();
    }
}
