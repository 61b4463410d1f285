using System.Text.RegularExpressions;
using Nop.Plugin.Affiliates.Tracking.Data.Mapping;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Data.Mapping;

public class AffiliateTrackingIndexesTests
{
    [Test]
    public void All_Names_UniqueAndWithinPostgreSqlIdentifierLimit()
    {
        var names = AffiliateTrackingIndexes.All.Select(index => index.Name).ToList();

        Assert.That(names, Is.Unique);
        Assert.That(names.Where(name => name.Length > 63), Is.Empty, "PostgreSQL truncates identifiers after 63 bytes");
    }

    [Test]
    public void All_Columns_AreColumnsTheMigrationCreates()
    {
        foreach (var index in AffiliateTrackingIndexes.All)
        {
            var declaration = NopColumnConventionDouble.RetrieveTableDeclaration(index.EntityType, NopTestDbContext.GetTableName(index.EntityType));
            var columns = declaration.Columns.Select(column => column.Name).ToList();

            Assert.That(index.Columns, Is.SubsetOf(columns), index.Name);
            Assert.That(index.Name, Does.StartWith($"IX_{NopTestDbContext.GetTableName(index.EntityType)}_"), index.Name);
        }
    }

    [Test]
    public void SchemaMigration_Up_CreatesEveryIndexGuarded()
    {
        var source = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Plugins", "Nop.Plugin.Affiliates.Tracking", "Data", "Migrations", "SchemaMigration.cs"));

        Assert.That(Regex.IsMatch(source, @"foreach\s*\(var index in AffiliateTrackingIndexes\.All\)\s*CreateIndexIfMissing\(index\);"), Is.True);
        Assert.That(source, Does.Contain(".Index(index.Name).Exists()"));
    }
}
