using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Data.Mapping.Builders;

public class AffiliateLifetimeReferralBuilder : NopEntityBuilder<AffiliateLifetimeReferral>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        // One referrer per customer: two nodes crediting the customer's first orders at once keep the first row.
        table
            .WithColumn(nameof(AffiliateLifetimeReferral.CustomerId)).AsInt32().NotNullable().Unique("IX_AffiliateTrackingLifetimeReferral_CustomerId")
            .WithColumn(nameof(AffiliateLifetimeReferral.AffiliateId)).AsInt32().NotNullable().Indexed("IX_AffiliateTrackingLifetimeReferral_AffiliateId");
    }
}
