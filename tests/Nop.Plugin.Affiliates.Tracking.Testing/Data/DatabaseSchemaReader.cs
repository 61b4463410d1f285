using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Nop.Plugin.Affiliates.Tracking.Testing.Data;

/// <summary>
/// Reads the schema a test database actually has (tables, columns, secondary indexes) from the engine's catalog:
/// SQLite pragmas, PostgreSQL information_schema and pg_index.
/// </summary>
public static class DatabaseSchemaReader
{
    public static async Task<IReadOnlyList<DatabaseTable>> ReadAsync(TestDatabase database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);

        await using var context = new NopTestDbContext(database.CreateOptions());
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);

        return database.Engine == DatabaseEngine.PostgreSql
            ? await ReadPostgreSqlAsync(connection, cancellationToken)
            : await ReadSqliteAsync(connection, cancellationToken);
    }

    private static async Task<IReadOnlyList<DatabaseTable>> ReadSqliteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var tables = await QueryAsync(connection,
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;",
            reader => (Name: reader.GetString(0), Sql: reader.GetString(1)), cancellationToken);

        var result = new List<DatabaseTable>();
        foreach (var (table, sql) in tables)
        {
            var autoIncrement = sql.Contains("AUTOINCREMENT", StringComparison.OrdinalIgnoreCase);

            var columns = await QueryAsync(connection, $"PRAGMA table_info(\"{table}\");",
                reader => new DatabaseColumn(
                    Name: reader.GetString(1),
                    DataType: reader.GetString(2),
                    MaxLength: null,
                    NumericPrecision: null,
                    NumericScale: null,
                    IsNullable: reader.GetInt64(3) == 0,
                    IsPrimaryKey: reader.GetInt64(5) > 0,
                    IsIdentity: reader.GetInt64(5) > 0 && autoIncrement),
                cancellationToken);

            var indexList = await QueryAsync(connection, $"PRAGMA index_list(\"{table}\");",
                reader => (Name: reader.GetString(1), IsUnique: reader.GetInt64(2) == 1, Origin: reader.GetString(3)),
                cancellationToken);

            var indexes = new List<DatabaseIndex>();
            foreach (var index in indexList.Where(index => index.Origin != "pk"))
            {
                var indexColumns = await QueryAsync(connection, $"PRAGMA index_info(\"{index.Name}\");",
                    reader => (Position: reader.GetInt64(0), Name: reader.GetString(2)), cancellationToken);

                indexes.Add(new DatabaseIndex(index.Name, index.IsUnique,
                    indexColumns.OrderBy(column => column.Position).Select(column => column.Name).ToList()));
            }

            result.Add(new DatabaseTable(table, columns, indexes));
        }

        return result;
    }

    private static async Task<IReadOnlyList<DatabaseTable>> ReadPostgreSqlAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var tables = await QueryAsync(connection,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name;",
            reader => reader.GetString(0), cancellationToken);

        var primaryKeys = (await QueryAsync(connection,
            """
            SELECT kcu.table_name, kcu.column_name
            FROM information_schema.table_constraints tc
            JOIN information_schema.key_column_usage kcu
              ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema AND kcu.table_name = tc.table_name
            WHERE tc.table_schema = 'public' AND tc.constraint_type = 'PRIMARY KEY';
            """,
            reader => (Table: reader.GetString(0), Column: reader.GetString(1)), cancellationToken)).ToHashSet();

        var columns = await QueryAsync(connection,
            """
            SELECT table_name, column_name, data_type, character_maximum_length, numeric_precision, numeric_scale,
                   is_nullable, is_identity, column_default
            FROM information_schema.columns
            WHERE table_schema = 'public'
            ORDER BY table_name, ordinal_position;
            """,
            reader => (Table: reader.GetString(0), Column: new DatabaseColumn(
                Name: reader.GetString(1),
                DataType: reader.GetString(2),
                MaxLength: reader.IsDBNull(3) ? null : reader.GetInt32(3),
                NumericPrecision: reader.IsDBNull(4) ? null : reader.GetInt32(4),
                NumericScale: reader.IsDBNull(5) ? null : reader.GetInt32(5),
                IsNullable: reader.GetString(6) == "YES",
                IsPrimaryKey: false,
                IsIdentity: reader.GetString(7) == "YES"
                    || (!reader.IsDBNull(8) && reader.GetString(8).StartsWith("nextval(", StringComparison.Ordinal)))),
            cancellationToken);

        var indexColumns = await QueryAsync(connection,
            """
            SELECT t.relname, i.relname, ix.indisunique, a.attname
            FROM pg_index ix
            JOIN pg_class t ON t.oid = ix.indrelid
            JOIN pg_class i ON i.oid = ix.indexrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            JOIN LATERAL unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, position) ON true
            JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
            WHERE n.nspname = 'public' AND NOT ix.indisprimary
            ORDER BY t.relname, i.relname, k.position;
            """,
            reader => (Table: reader.GetString(0), Index: reader.GetString(1), IsUnique: reader.GetBoolean(2), Column: reader.GetString(3)),
            cancellationToken);

        return tables.Select(table => new DatabaseTable(
                table,
                columns.Where(column => column.Table == table)
                    .Select(column => column.Column with { IsPrimaryKey = primaryKeys.Contains((table, column.Column.Name)) })
                    .ToList(),
                indexColumns.Where(index => index.Table == table)
                    .GroupBy(index => (index.Index, index.IsUnique))
                    .Select(group => new DatabaseIndex(group.Key.Index, group.Key.IsUnique, group.Select(index => index.Column).ToList()))
                    .ToList()))
            .ToList();
    }

    private static async Task<List<T>> QueryAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(read(reader));

        return rows;
    }
}
