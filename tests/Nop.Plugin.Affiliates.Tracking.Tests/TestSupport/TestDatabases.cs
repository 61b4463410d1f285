using Microsoft.EntityFrameworkCore;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;

namespace Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;

/// <summary>
/// Creates test databases with the suite's policy for a missing PostgreSQL server: fail in CI (CI=true), where the
/// server is part of the environment, and skip elsewhere, so a laptop without PostgreSQL still runs the SQLite half.
/// </summary>
public static class TestDatabases
{
    public const string InstallScript = "build/scripts/install-test-deps.sh";

    public static bool IsContinuousIntegration =>
        Environment.GetEnvironmentVariable("CI") is { } value
        && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1");

    public static Task<TestDatabase> CreateAsync(DatabaseEngine engine)
    {
        return CreateAsync(engine, options => new NopTestDbContext(options));
    }

    public static async Task<TestDatabase> CreateAsync<TContext>(DatabaseEngine engine, Func<DbContextOptions, TContext> contextFactory)
        where TContext : NopTestDbContext
    {
        try
        {
            return await TestDatabase.CreateAsync(engine, contextFactory);
        }
        catch (TestDatabaseUnavailableException exception)
        {
            if (IsContinuousIntegration)
                Assert.Fail($"PostgreSQL is required in CI: run {InstallScript}. {exception.Message}");

            Assert.Ignore($"{exception.Message}; run {InstallScript} or set {TestDatabase.PostgresEnvironmentVariable}.");
            throw;
        }
    }
}
