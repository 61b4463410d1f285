using Microsoft.EntityFrameworkCore;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Npgsql;

namespace Nop.Plugin.Affiliates.Tracking.Benchmarks;

/// <summary>
/// The reports benchmark's PostgreSQL database: the test schema (tables and indexes of the migration) filled server-side
/// with generate_series. Kept between runs and reused when its marker says it holds this data set.
/// </summary>
/// <remarks>
/// Shape: 10,000 affiliates with a skewed share (affiliate = 1 + floor(10000 · r³): affiliate 1 holds about 4.6 % of
/// everything, a mid-range id such as 5000 about 0.005 %), 2 years of dates, sources coupon 45 % / link 50 % /
/// lifetime 5 %, statuses by age (8 % reversed, pending under 30 days, approved under 90 days, paid after).
/// </remarks>
public static class ReportsDataSet
{
    public const string DatabaseName = "aff_bench_reports";

    public const int Affiliates = 10_000;

    public const int Conversions = 1_000_000;

    public const int Clicks = 10_000_000;

    public const int HeavyAffiliateId = 1;

    public const int TypicalAffiliateId = 5_000;

    public const string PopularCouponCode = "AFF1";

    // Changing the generator must change the marker, so an old database is rebuilt instead of reused.
    private const string Marker = "reports-v1";

    /// <summary>
    /// The instant the data ends at: every run measures the same rows, whatever the day.
    /// </summary>
    public static readonly DateTime EndUtc = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// The clock of the measured services: a minute before <see cref="EndUtc"/>, so "today" is the data's last day and
    /// the dashboards read today and yesterday from the clicks, older days from the daily roll-up.
    /// </summary>
    public static DateTime NowUtc => EndUtc.AddMinutes(-1);

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(TestDatabase.PostgresEnvironmentVariable) is { Length: > 0 } value ? value : TestDatabase.DefaultPostgresConnectionString;

    public static string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = DatabaseName }.ConnectionString;

    public static NopTestDbContext CreateContext() => new(new DbContextOptionsBuilder().UseNpgsql(ConnectionString).Options);

    public static async Task EnsureAsync(bool rebuild, TextWriter log)
    {
        if (!rebuild && await HasMarkerAsync())
        {
            log.WriteLine($"reusing database {DatabaseName}");
            await SyncColumnsAsync(log);
            await EnsureClickRollupAsync(log);
            await SyncIndexesAsync(log);
            return;
        }

        var admin = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = "postgres", Pooling = false };
        await ExecuteAsync(admin.ConnectionString, $"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE);", log);
        await ExecuteAsync(admin.ConnectionString, $"CREATE DATABASE \"{DatabaseName}\";", log);

        await using (var context = CreateContext())
            await context.Database.EnsureCreatedAsync();

        var end = EndUtc.ToString("yyyy-MM-dd HH:mm:ss");

        await ExecuteAsync(ConnectionString, $"""
            INSERT INTO "AffiliateTrackingCommission"
                ("OrderId", "AffiliateId", "SourceId", "CouponCode", "LinkId", "StatusId", "BaseAmount", "Amount",
                 "OrderCurrencyCode", "OrderCurrencyRate", "CreatedOnUtc", "UpdatedOnUtc")
            SELECT g, a, s,
                   CASE WHEN s = 10 THEN 'AFF' || a || CASE WHEN random() < 0.1 THEN 'B' ELSE '' END END,
                   CASE WHEN s = 20 THEN a * 3 + floor(random() * 3)::int ELSE 0 END,
                   CASE WHEN rr < 0.08 THEN 40 WHEN age < 30 THEN 10 WHEN age < 90 THEN 20 ELSE 30 END,
                   amount * 10, amount, 'USD', 1, created, created
            FROM (
                SELECT g,
                       1 + floor({Affiliates} * power(random(), 3))::int AS a,
                       CASE WHEN r < 0.45 THEN 10 WHEN r < 0.95 THEN 20 ELSE 30 END AS s,
                       random() AS rr,
                       round((random() * 50)::numeric, 2) AS amount,
                       age,
                       timestamp '{end}' - age * interval '1 day' AS created
                FROM (SELECT g, random() AS r, random() * 730 AS age FROM generate_series(1, {Conversions}) AS g) AS base
            ) AS rows;
            """, log);

        // Ten batches keep each statement's memory and WAL moderate.
        const int batches = 10;
        for (var batch = 0; batch < batches; batch++)
        {
            var from = batch * (Clicks / batches) + 1;
            var to = (batch + 1) * (Clicks / batches);
            await ExecuteAsync(ConnectionString, $"""
                INSERT INTO "AffiliateTrackingClick"
                    ("AffiliateId", "LinkId", "VisitorId", "LandingUrl", "UserAgentKindId", "CreatedOnUtc")
                SELECT 1 + floor({Affiliates} * power(random(), 3))::int, 0,
                       ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, '/', 10,
                       timestamp '{end}' - random() * 730 * interval '1 day'
                FROM generate_series({from}, {to}) AS g;
                """, log);
        }

        await ExecuteAsync(ConnectionString, "VACUUM ANALYZE \"AffiliateTrackingCommission\";", log);
        await ExecuteAsync(ConnectionString, "VACUUM ANALYZE \"AffiliateTrackingClick\";", log);
        await EnsureClickRollupAsync(log);
        await ExecuteAsync(ConnectionString, $"CREATE TABLE bench_marker (marker text); INSERT INTO bench_marker VALUES ('{Marker}');", log);
    }

    public static async Task<string> ServerVersionAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT version();", connection);
        return (string)await command.ExecuteScalarAsync();
    }

    public static async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    // The daily click roll-up as a live store has it: every closed day (before yesterday) rolled up, one row per affiliate
    // and day plus the program's row (AffiliateId 0), as ClickRollupService writes them. Written here in one statement
    // because 2 million rows through EF Core would take long; the service itself rolls up any day still missing on the
    // first (warm-up) call. A database generated before the roll-up existed gets the table here.
    private static async Task EnsureClickRollupAsync(TextWriter log)
    {
        await ExecuteAsync(ConnectionString, """
            CREATE TABLE IF NOT EXISTS "AffiliateTrackingClickDay" (
                "Id" integer GENERATED BY DEFAULT AS IDENTITY CONSTRAINT "PK_AffiliateTrackingClickDay" PRIMARY KEY,
                "AffiliateId" integer NOT NULL, "Day" timestamp without time zone NOT NULL, "Clicks" integer NOT NULL);
            """, log);
        if (await CountAsync("SELECT count(*) FROM \"AffiliateTrackingClickDay\"") > 0)
            return;

        var firstOpenDay = Rules.ClickRollupDays.FirstOpenDay(DateOnly.FromDateTime(NowUtc)).ToString("yyyy-MM-dd");
        await ExecuteAsync(ConnectionString, $"""
            INSERT INTO "AffiliateTrackingClickDay" ("AffiliateId", "Day", "Clicks")
            SELECT "AffiliateId", date_trunc('day', "CreatedOnUtc"), count(*) FROM "AffiliateTrackingClick"
            WHERE "CreatedOnUtc" < timestamp '{firstOpenDay}' GROUP BY 1, 2
            UNION ALL
            SELECT 0, date_trunc('day', "CreatedOnUtc"), count(*) FROM "AffiliateTrackingClick"
            WHERE "CreatedOnUtc" < timestamp '{firstOpenDay}' GROUP BY 2;
            """, log);
        await ExecuteAsync(ConnectionString, "VACUUM ANALYZE \"AffiliateTrackingClickDay\";", log);
    }

    // Columns the entities gained after the database was generated (the ledger's, for example) are added with a constant
    // default (a catalogue-only change in PostgreSQL), so a reused database still loads through today's model; the
    // benchmark's filters and totals do not read them.
    private static async Task SyncColumnsAsync(TextWriter log)
    {
        await using var context = CreateContext();
        foreach (var table in new[] { "AffiliateTrackingCommission", "AffiliateTrackingClick" })
        {
            var entityType = context.Model.GetEntityTypes().Single(type => type.GetTableName() == table);
            var existing = new HashSet<string>();
            await using (var connection = new NpgsqlConnection(ConnectionString))
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand("SELECT column_name FROM information_schema.columns WHERE table_name = @table;", connection);
                command.Parameters.AddWithValue("table", table);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                    existing.Add(reader.GetString(0));
            }

            foreach (var property in entityType.GetProperties().Where(property => !existing.Contains(property.GetColumnName())))
            {
                var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                var fallback = property.IsNullable ? string.Empty
                    : type == typeof(string) ? " NOT NULL DEFAULT ''"
                    : type == typeof(bool) ? " NOT NULL DEFAULT false"
                    : type == typeof(DateTime) ? $" NOT NULL DEFAULT timestamp '{EndUtc:yyyy-MM-dd}'"
                    : type == typeof(Guid) ? " NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000'"
                    : " NOT NULL DEFAULT 0";
                await ExecuteAsync(ConnectionString, $"ALTER TABLE \"{table}\" ADD COLUMN \"{property.GetColumnName()}\" {property.GetColumnType()}{fallback};", log);
            }
        }
    }

    // A reused database gets the indexes the test model declares now (the migration's), so index changes are measured
    // without regenerating the rows.
    private static async Task SyncIndexesAsync(TextWriter log)
    {
        await using var context = CreateContext();
        foreach (var table in new[] { "AffiliateTrackingCommission", "AffiliateTrackingClick", "AffiliateTrackingClickDay" })
        {
            var entityType = context.Model.GetEntityTypes().Single(type => type.GetTableName() == table);
            var declared = entityType.GetIndexes().ToDictionary(index => index.GetDatabaseName(),
                index => string.Join(", ", index.Properties.Select(property => $"\"{property.GetColumnName()}\"")));

            var existing = new List<string>();
            await using (var connection = new NpgsqlConnection(ConnectionString))
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand("SELECT indexname FROM pg_indexes WHERE tablename = @table AND indexname LIKE 'IX%';", connection);
                command.Parameters.AddWithValue("table", table);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                    existing.Add(reader.GetString(0));
            }

            foreach (var obsolete in existing.Where(name => !declared.ContainsKey(name)))
                await ExecuteAsync(ConnectionString, $"DROP INDEX \"{obsolete}\";", log);

            foreach (var (name, columns) in declared.Where(index => !existing.Contains(index.Key)))
            {
                await ExecuteAsync(ConnectionString, $"CREATE INDEX \"{name}\" ON \"{table}\" ({columns});", log);
                await ExecuteAsync(ConnectionString, $"VACUUM ANALYZE \"{table}\";", log);
            }
        }
    }

    private static async Task<bool> HasMarkerAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT marker FROM bench_marker LIMIT 1;", connection);
            return await command.ExecuteScalarAsync() as string == Marker;
        }
        catch (PostgresException)
        {
            return false;
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql, TextWriter log)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
        log.WriteLine($"  {started.Elapsed.TotalSeconds,6:0.0} s  {sql.Trim().Split('\n')[0]}");
    }
}
