using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Nop.Core;
using Nop.Core.Events;
using Npgsql;

namespace Nop.Plugin.Affiliates.Tracking.Testing.Data;

/// <summary>
/// A fresh, empty database with the <see cref="NopTestDbContext"/> schema: a SQLite file in a temporary folder, or a
/// new database on the PostgreSQL server named by the <c>AFFILIATES_TEST_POSTGRES</c> environment variable.
/// Disposing it deletes the file or drops the database.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresEnvironmentVariable = "AFFILIATES_TEST_POSTGRES";

    public const string DefaultPostgresConnectionString = "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";

    private const string DatabaseNamePrefix = "aff_test_";

    private readonly ConcurrentBag<DbContext> _contexts = [];
    private readonly Func<DbContextOptions, NopTestDbContext> _contextFactory;
    private readonly string _postgresAdminConnectionString;
    private readonly string _sqliteFolder;
    private bool _disposed;

    private TestDatabase(DatabaseEngine engine, string connectionString, string databaseName,
        Func<DbContextOptions, NopTestDbContext> contextFactory, string sqliteFolder, string postgresAdminConnectionString)
    {
        Engine = engine;
        ConnectionString = connectionString;
        DatabaseName = databaseName;
        _contextFactory = contextFactory;
        _sqliteFolder = sqliteFolder;
        _postgresAdminConnectionString = postgresAdminConnectionString;
    }

    public DatabaseEngine Engine { get; }

    public string ConnectionString { get; }

    /// <summary>
    /// The PostgreSQL database name, or the SQLite file name.
    /// </summary>
    public string DatabaseName { get; }

    /// <summary>
    /// The connection string of the PostgreSQL server the tests use (environment variable or default).
    /// </summary>
    public static string PostgresServerConnectionString =>
        Environment.GetEnvironmentVariable(PostgresEnvironmentVariable) is { Length: > 0 } value ? value : DefaultPostgresConnectionString;

    public static Task<TestDatabase> CreateAsync(DatabaseEngine engine, CancellationToken cancellationToken = default)
    {
        return CreateAsync(engine, options => new NopTestDbContext(options), cancellationToken);
    }

    /// <summary>
    /// Creates the database with the schema of <typeparamref name="TContext"/>, a subclass of <see cref="NopTestDbContext"/>
    /// that maps more entities; <see cref="CreateDbContext"/> then returns instances made by <paramref name="contextFactory"/>.
    /// </summary>
    /// <exception cref="TestDatabaseUnavailableException">The PostgreSQL server cannot be reached or refuses the login.</exception>
    public static async Task<TestDatabase> CreateAsync<TContext>(DatabaseEngine engine, Func<DbContextOptions, TContext> contextFactory,
        CancellationToken cancellationToken = default) where TContext : NopTestDbContext
    {
        ArgumentNullException.ThrowIfNull(contextFactory);

        var database = engine switch
        {
            DatabaseEngine.Sqlite => CreateSqlite(contextFactory),
            DatabaseEngine.PostgreSql => await CreatePostgreSqlAsync(contextFactory, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, null)
        };

        try
        {
            await using var context = database.CreateDbContext();
            await context.Database.EnsureCreatedAsync(cancellationToken);

            // WAL lets readers and a writer work side by side when several scopes use the file at once.
            if (engine == DatabaseEngine.Sqlite)
                await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }

        return database;
    }

    /// <summary>
    /// Applies this database's provider and connection to <paramref name="optionsBuilder"/>, e.g. for <c>AddDbContext</c>.
    /// </summary>
    public DbContextOptionsBuilder ConfigureOptions(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);

        return Engine switch
        {
            DatabaseEngine.Sqlite => optionsBuilder.UseSqlite(ConnectionString),
            DatabaseEngine.PostgreSql => optionsBuilder.UseNpgsql(ConnectionString),
            _ => throw new InvalidOperationException($"Unknown engine {Engine}.")
        };
    }

    public DbContextOptions CreateOptions()
    {
        return ConfigureOptions(new DbContextOptionsBuilder()).Options;
    }

    /// <summary>
    /// A new context (a unit of work of its own); the database disposes it when it is disposed itself.
    /// </summary>
    public NopTestDbContext CreateDbContext()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);

        var context = _contextFactory(CreateOptions());
        _contexts.Add(context);
        return context;
    }

    public TContext CreateDbContext<TContext>() where TContext : NopTestDbContext
    {
        return (TContext)CreateDbContext();
    }

    /// <summary>
    /// A repository over a context of its own, like a repository resolved in a separate nopCommerce scope.
    /// </summary>
    public EfRepository<TEntity> CreateRepository<TEntity>(IEventPublisher eventPublisher = null) where TEntity : BaseEntity
    {
        return new EfRepository<TEntity>(CreateDbContext(), eventPublisher);
    }

    /// <summary>
    /// Deletes every row of every mapped table, for fixtures that share one database between tests.
    /// </summary>
    public async Task ClearAllTablesAsync(CancellationToken cancellationToken = default)
    {
        await using var context = _contextFactory(CreateOptions());
        var tables = context.Model.GetEntityTypes()
            .Select(entityType => entityType.GetTableName())
            .Where(table => table != null)
            .Distinct()
            .ToList();

        var sql = Engine == DatabaseEngine.PostgreSql
            ? $"TRUNCATE TABLE {string.Join(", ", tables.Select(table => $"\"{table}\""))} RESTART IDENTITY;"
            : string.Concat(tables.Select(table => $"DELETE FROM \"{table}\";")) + "DELETE FROM sqlite_sequence;";

        await context.Database.ExecuteSqlRawAsync(sql, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
            return;

        _disposed = true;

        foreach (var context in _contexts)
            await context.DisposeAsync();

        switch (Engine)
        {
            case DatabaseEngine.Sqlite:
                using (var connection = new SqliteConnection(ConnectionString))
                    SqliteConnection.ClearPool(connection);

                try
                {
                    Directory.Delete(_sqliteFolder, recursive: true);
                }
                catch (IOException)
                {
                    // A connection someone forgot to dispose still holds the file; the temp folder outlives the run.
                }
                break;

            case DatabaseEngine.PostgreSql:
                using (var connection = new NpgsqlConnection(ConnectionString))
                    NpgsqlConnection.ClearPool(connection);

                await using (var admin = new NpgsqlConnection(_postgresAdminConnectionString))
                {
                    await admin.OpenAsync();
                    await using var command = admin.CreateCommand();
                    command.CommandText = $"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE);";
                    await command.ExecuteNonQueryAsync();
                }
                break;
        }
    }

    private static TestDatabase CreateSqlite(Func<DbContextOptions, NopTestDbContext> contextFactory)
    {
        var folder = Path.Combine(Path.GetTempPath(), "aff-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "test.sqlite");

        // Default Timeout is also how long a command waits for a lock another connection holds (busy timeout).
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = file,
            ForeignKeys = false,
            DefaultTimeout = 30,
            Pooling = true
        }.ToString();

        return new TestDatabase(DatabaseEngine.Sqlite, connectionString, Path.GetFileName(file), contextFactory, folder, null);
    }

    private static async Task<TestDatabase> CreatePostgreSqlAsync(Func<DbContextOptions, NopTestDbContext> contextFactory,
        CancellationToken cancellationToken)
    {
        var serverConnectionString = PostgresServerConnectionString;
        NpgsqlConnectionStringBuilder server;
        try
        {
            server = new NpgsqlConnectionStringBuilder(serverConnectionString);
        }
        catch (ArgumentException exception)
        {
            throw new TestDatabaseUnavailableException(DatabaseEngine.PostgreSql,
                $"{PostgresEnvironmentVariable} is not a valid Npgsql connection string: {exception.Message}", exception);
        }

        var admin = new NpgsqlConnectionStringBuilder(server.ConnectionString)
        {
            Database = string.IsNullOrEmpty(server.Database) ? "postgres" : server.Database,
            Timeout = 5,
            Pooling = false
        };

        var databaseName = DatabaseNamePrefix + Guid.NewGuid().ToString("N");

        try
        {
            await using var connection = new NpgsqlConnection(admin.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{databaseName}\";";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            throw new TestDatabaseUnavailableException(DatabaseEngine.PostgreSql,
                $"PostgreSQL not reachable at {Describe(admin)} ({exception.GetType().Name}: {exception.Message})", exception);
        }

        var database = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = databaseName };

        return new TestDatabase(DatabaseEngine.PostgreSql, database.ConnectionString, databaseName, contextFactory, null, admin.ConnectionString);
    }

    private static string Describe(NpgsqlConnectionStringBuilder builder)
    {
        return $"{builder.Host}:{builder.Port} as {builder.Username}";
    }
}
