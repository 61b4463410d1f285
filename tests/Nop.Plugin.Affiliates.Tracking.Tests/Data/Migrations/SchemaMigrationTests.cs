using System.Text.RegularExpressions;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Data.Migrations;

/// <summary>
/// SchemaMigration cannot run outside nopCommerce (Create.TableFor needs its engine, type finder and data settings),
/// so its source is checked instead: every plugin entity must get its table on install.
/// </summary>
public class SchemaMigrationTests
{
    public static IEnumerable<TestCaseData> PluginEntities =>
        NopTestDbContext.PluginEntityTypes.Select(type => new TestCaseData(type).SetArgDisplayNames(type.Name));

    [TestCaseSource(nameof(PluginEntities))]
    public void Up_PluginEntity_CallsTableFor(Type entityType)
    {
        var source = File.ReadAllText(FindMigrationSource());
        var tableFor = new Regex($@"\bTableFor<\s*{Regex.Escape(entityType.Name)}\s*>\s*\(");

        Assert.That(tableFor.IsMatch(source), Is.True, $"SchemaMigration.cs never calls Create.TableFor<{entityType.Name}>()");
    }

    // Walks up from the test output to the repository root (the output folder itself holds a copy of plugin.json).
    private static string FindMigrationSource()
    {
        var relativePath = Path.Combine("Plugins", "Nop.Plugin.Affiliates.Tracking", "Data", "Migrations", "SchemaMigration.cs");
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory != null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, relativePath);
            if (File.Exists(path))
                return path;
        }

        throw new FileNotFoundException($"{relativePath} was not found above {TestContext.CurrentContext.TestDirectory}.");
    }
}
