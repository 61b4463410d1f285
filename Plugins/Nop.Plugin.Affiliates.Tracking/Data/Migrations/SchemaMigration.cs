using FluentMigrator;
using FluentMigrator.Builders.Create.Index;
using Nop.Core.Infrastructure;
using Nop.Data.Extensions;
using Nop.Data.Mapping;
using Nop.Data.Migrations;
using Nop.Plugin.Affiliates.Tracking.Data.Mapping;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Services.Configuration;

namespace Nop.Plugin.Affiliates.Tracking.Data.Migrations;

/// <summary>
/// Creates the plugin's tables on install. On uninstall the tables, and the affiliate ledger in them, are kept
/// unless the owner chose "Delete affiliate data on uninstall"; a reinstall then finds and reuses them.
/// </summary>
[NopMigration("2026/11/22 00:00:00", "Affiliates.Tracking base schema", MigrationProcessType.Installation)]
public class SchemaMigration : Migration
{
    public override void Up()
    {
        CreateTableIfMissing<AffiliateLink>(() => Create.TableFor<AffiliateLink>());
        CreateTableIfMissing<AffiliateClick>(() => Create.TableFor<AffiliateClick>());
        CreateTableIfMissing<AffiliateCoupon>(() => Create.TableFor<AffiliateCoupon>());
        CreateTableIfMissing<AffiliateCommission>(() => Create.TableFor<AffiliateCommission>());
        CreateTableIfMissing<AffiliateAttribution>(() => Create.TableFor<AffiliateAttribution>());
        CreateTableIfMissing<AffiliateCouponGenerationJob>(() => Create.TableFor<AffiliateCouponGenerationJob>());
        // Commission ledger (issue 6)
        CreateTableIfMissing<AffiliateCommissionEntry>(() => Create.TableFor<AffiliateCommissionEntry>());
        CreateTableIfMissing<AffiliateCommissionRate>(() => Create.TableFor<AffiliateCommissionRate>());
        CreateTableIfMissing<AffiliateLifetimeReferral>(() => Create.TableFor<AffiliateLifetimeReferral>());
        CreateTableIfMissing<AffiliatePayout>(() => Create.TableFor<AffiliatePayout>());
        CreateTableIfMissing<AffiliatePayoutLine>(() => Create.TableFor<AffiliatePayoutLine>());
        // Dashboard click roll-up (issue 7); before the index loop, which indexes it
        CreateTableIfMissing<AffiliateClickDay>(() => Create.TableFor<AffiliateClickDay>());

        // Reports: multi-column indexes of the conversions report and dashboards
        foreach (var index in AffiliateTrackingIndexes.All)
            CreateIndexIfMissing(index);
        // Program membership (issue 7)
        CreateTableIfMissing<AffiliateMember>(() => Create.TableFor<AffiliateMember>());
        // Postbacks (issue 6)
        CreateTableIfMissing<AffiliatePostback>(() => Create.TableFor<AffiliatePostback>());
        CreateTableIfMissing<AffiliatePostbackClaim>(() => Create.TableFor<AffiliatePostbackClaim>());
        CreateTableIfMissing<AffiliatePostbackTemplate>(() => Create.TableFor<AffiliatePostbackTemplate>());
    }

    public override void Down()
    {
        // FluentMigrator's Down is synchronous, so the async setting service is awaited blocking here, as core migrations do.
        var settingService = EngineContext.Current.Resolve<ISettingService>();
        var setting = settingService.GetSettingAsync(AffiliateTrackingDefaults.DropTablesOnUninstallSettingKey).GetAwaiter().GetResult();
        if (setting is null)
            return;

        if (bool.TryParse(setting.Value, out var drop) && drop)
        {
            // Commission ledger (issue 6)
            DropTableIfExists<AffiliatePayoutLine>();
            // Dashboard click roll-up (issue 7)
            DropTableIfExists<AffiliateClickDay>();
            DropTableIfExists<AffiliatePayout>();
            DropTableIfExists<AffiliateLifetimeReferral>();
            DropTableIfExists<AffiliateCommissionRate>();
            DropTableIfExists<AffiliateCommissionEntry>();
            DropTableIfExists<AffiliateMember>();
            // Postbacks (issue 6)
            DropTableIfExists<AffiliatePostbackTemplate>();
            DropTableIfExists<AffiliatePostbackClaim>();
            DropTableIfExists<AffiliatePostback>();
            DropTableIfExists<AffiliateCouponGenerationJob>();
            DropTableIfExists<AffiliateAttribution>();
            DropTableIfExists<AffiliateCommission>();
            DropTableIfExists<AffiliateCoupon>();
            DropTableIfExists<AffiliateClick>();
            DropTableIfExists<AffiliateLink>();
        }

        settingService.DeleteSettingAsync(setting).GetAwaiter().GetResult();
    }

    private void CreateTableIfMissing<TEntity>(Action create)
    {
        if (!Schema.Table(NameCompatibilityManager.GetTableName(typeof(TEntity))).Exists())
            create();
    }

    private void CreateIndexIfMissing(CompositeIndex index)
    {
        var tableName = NameCompatibilityManager.GetTableName(index.EntityType);
        if (Schema.Table(tableName).Index(index.Name).Exists())
            return;

        ICreateIndexOnColumnSyntax columns = Create.Index(index.Name).OnTable(tableName);
        foreach (var column in index.Columns)
            columns = columns.OnColumn(column).Ascending();
    }

    private void DropTableIfExists<TEntity>()
    {
        var tableName = NameCompatibilityManager.GetTableName(typeof(TEntity));
        if (Schema.Table(tableName).Exists())
            Delete.Table(tableName);
    }
}
