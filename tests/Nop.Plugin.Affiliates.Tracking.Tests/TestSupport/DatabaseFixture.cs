using Nop.Plugin.Affiliates.Tracking.Testing.Data;

namespace Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;

/// <summary>
/// Base for fixtures that run against a real database, once per engine:
/// <c>[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]</c> and a constructor taking the engine.
/// One fresh database per fixture, dropped afterwards; call <see cref="TestDatabase.ClearAllTablesAsync"/> in a
/// [SetUp] when tests must not see each other's rows.
/// </summary>
public abstract class DatabaseFixture
{
    protected DatabaseFixture(DatabaseEngine engine)
    {
        Engine = engine;
    }

    protected DatabaseEngine Engine { get; }

    protected TestDatabase Database { get; private set; }

    [OneTimeSetUp]
    public async Task CreateDatabaseAsync()
    {
        Database = await TestDatabases.CreateAsync(Engine);
    }

    [OneTimeTearDown]
    public async Task DropDatabaseAsync()
    {
        if (Database != null)
            await Database.DisposeAsync();
    }
}
