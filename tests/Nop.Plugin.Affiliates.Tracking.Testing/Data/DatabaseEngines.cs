namespace Nop.Plugin.Affiliates.Tracking.Testing.Data;

/// <summary>
/// Source for fixtures that run once per engine:
/// <c>[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]</c>.
/// </summary>
public static class DatabaseEngines
{
    public static IEnumerable<DatabaseEngine> All => [DatabaseEngine.Sqlite, DatabaseEngine.PostgreSql];
}
