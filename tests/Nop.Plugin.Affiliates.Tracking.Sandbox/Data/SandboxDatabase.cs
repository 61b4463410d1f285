using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Npgsql;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Data;

/// <summary>
/// The real database behind every sandbox service: SQLite (a file) or PostgreSQL, with the <see cref="SandboxDbContext"/> schema.
/// </summary>
public sealed class SandboxDatabase
{
    public const string DefaultSqliteFile = "App_Data/sandbox.db";

    private SandboxDatabase(DatabaseEngine engine, string connectionString)
    {
        Engine = engine;
        ConnectionString = connectionString;
    }

    public DatabaseEngine Engine { get; }

    public string ConnectionString { get; }

    /// <summary>
    /// Resolves the connection string from the options (default: the SQLite file under <paramref name="contentRootPath"/>).
    /// </summary>
    public static SandboxDatabase FromOptions(SandboxOptions options, string contentRootPath)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
            return new SandboxDatabase(options.DatabaseEngine, options.ConnectionString);

        if (options.DatabaseEngine == DatabaseEngine.PostgreSql)
            throw new InvalidOperationException("Sandbox:Database=PostgreSql needs a connection string: ConnectionStrings:Sandbox=\"Host=...;Database=...;Username=...;Password=...\".");

        var file = Path.GetFullPath(Path.Combine(contentRootPath, DefaultSqliteFile));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, DefaultTimeout = 30, Pooling = true }.ToString();

        return new SandboxDatabase(DatabaseEngine.Sqlite, connectionString);
    }

    public DbContextOptions CreateOptions()
    {
        var builder = new DbContextOptionsBuilder<SandboxDbContext>();
        _ = Engine switch
        {
            DatabaseEngine.Sqlite => builder.UseSqlite(ConnectionString),
            DatabaseEngine.PostgreSql => builder.UseNpgsql(ConnectionString),
            _ => throw new InvalidOperationException($"Unknown engine {Engine}.")
        };

        return builder.Options;
    }

    public SandboxDbContext CreateDbContext() => new(CreateOptions());

    /// <summary>
    /// Creates the schema when the database is new. A database made by an older sandbox build (a mapped table is missing)
    /// is recreated for SQLite; for PostgreSQL the sandbox stops with a message instead of dropping someone's database.
    /// </summary>
    public async Task EnsureSchemaAsync(bool reset, ILogger logger, CancellationToken cancellationToken)
    {
        await using (var context = CreateDbContext())
        {
            if (reset)
            {
                logger.LogWarning("Sandbox: dropping the {Engine} database as requested", Engine);
                ClearPools();
                await context.Database.EnsureDeletedAsync(cancellationToken);
            }

            await context.Database.EnsureCreatedAsync(cancellationToken);

            var missing = await GetMissingTablesAsync(context, cancellationToken);
            if (missing.Count > 0)
            {
                if (Engine != DatabaseEngine.Sqlite)
                    throw new InvalidOperationException($"The sandbox database lacks tables {string.Join(", ", missing)} (made by an older build?). Drop it or start with --Sandbox:ResetDatabase=true.");

                logger.LogWarning("Sandbox: the SQLite database lacks tables {Tables}; recreating it", string.Join(", ", missing));
                ClearPools();
                await context.Database.EnsureDeletedAsync(cancellationToken);
                await context.Database.EnsureCreatedAsync(cancellationToken);
            }
        }

        if (Engine == DatabaseEngine.Sqlite)
        {
            await using var context = CreateDbContext();
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    private static async Task<IList<string>> GetMissingTablesAsync(SandboxDbContext context, CancellationToken cancellationToken)
    {
        var expected = context.Model.GetEntityTypes().Select(entity => entity.GetTableName()).Where(name => name != null).Distinct().ToList();
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = context.Database.IsSqlite()
                ? "SELECT name FROM sqlite_master WHERE type = 'table'"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()";
            var existing = new HashSet<string>(StringComparer.Ordinal);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                existing.Add(reader.GetString(0));

            return expected.Where(name => !existing.Contains(name)).ToList();
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    private void ClearPools()
    {
        if (Engine == DatabaseEngine.Sqlite)
            SqliteConnection.ClearAllPools();
        else
            NpgsqlConnection.ClearAllPools();
    }
}
