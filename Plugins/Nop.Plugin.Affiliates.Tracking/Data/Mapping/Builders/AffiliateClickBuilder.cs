using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Data.Mapping.Builders;

public class AffiliateClickBuilder : NopEntityBuilder<AffiliateClick>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(AffiliateClick.AffiliateId)).AsInt32().NotNullable().Indexed("IX_AffiliateTrackingClick_AffiliateId")
            .WithColumn(nameof(AffiliateClick.LandingUrl)).AsString(AffiliateTrackingDefaults.UrlMaxLength).NotNullable()
            .WithColumn(nameof(AffiliateClick.ReferrerHost)).AsString(AffiliateTrackingDefaults.HostMaxLength).Nullable()
            .WithColumn(nameof(AffiliateClick.UtmSource)).AsString(AffiliateTrackingDefaults.UtmValueMaxLength).Nullable()
            .WithColumn(nameof(AffiliateClick.UtmMedium)).AsString(AffiliateTrackingDefaults.UtmValueMaxLength).Nullable()
            .WithColumn(nameof(AffiliateClick.UtmCampaign)).AsString(AffiliateTrackingDefaults.UtmValueMaxLength).Nullable()
            .WithColumn(nameof(AffiliateClick.IpHash)).AsString(AffiliateTrackingDefaults.IpHashLength).Nullable()
            // Commission ledger: finds the click that credited an order from the visitor's attribution.
            .WithColumn(nameof(AffiliateClick.VisitorId)).AsGuid().NotNullable().Indexed("IX_AffiliateTrackingClick_VisitorId");
    }
}
