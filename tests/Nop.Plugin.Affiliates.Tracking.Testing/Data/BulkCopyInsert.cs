using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Nop.Core;

namespace Nop.Plugin.Affiliates.Tracking.Testing.Data;

/// <summary>
/// The list insert of nopCommerce's repository as its data layer performs it: linq2db's bulk copy with
/// <c>RetrieveIdentity</c> and <c>KeepIdentity</c>. The ids are taken up front (the table's highest id, or the
/// sequence on PostgreSQL), set on the entities, and the rows written with them inside one transaction, without
/// change tracking. EF Core's SaveChanges would track and insert the rows one by one, several
/// times slower than the store's data layer, and make the plugin's bulk writers look slower than they are.
/// </summary>
/// <remarks>
/// A failed copy rolls back, leaves every id at 0 and throws <see cref="DbUpdateException"/>, as the repository's
/// other writes do.
/// </remarks>
internal static class BulkCopyInsert
{
    // Below SQLite's (32,766) and PostgreSQL's (65,535) limits on parameters per statement.
    private const int MaxParametersPerStatement = 30_000;
    private const int MaxRowsPerStatement = 1_000;

    /// <summary>
    /// Whether the entity has nopCommerce's generated integer <c>Id</c> key; tables keyed otherwise (the discount
    /// mapping tables) are left to EF Core.
    /// </summary>
    public static bool Supports<TEntity>(DbContext context) where TEntity : BaseEntity
    {
        var key = context.Model.FindEntityType(typeof(TEntity))?.FindPrimaryKey();
        return key is { Properties.Count: 1 } && key.Properties[0].Name == nameof(BaseEntity.Id)
            && key.Properties[0].ValueGenerated == ValueGenerated.OnAdd;
    }

    public static async Task InsertAsync<TEntity>(DbContext context, IList<TEntity> entities) where TEntity : BaseEntity
    {
        if (entities.Count == 0)
            return;

        var entityType = context.Model.FindEntityType(typeof(TEntity))!;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties().Where(property => property.GetColumnName(table) is not null).ToList();
        var sql = context.GetService<ISqlGenerationHelper>();
        var tableName = sql.DelimitIdentifier(table.Name, table.Schema);
        var idColumn = sql.DelimitIdentifier(nameof(BaseEntity.Id));
        var isPostgreSql = context.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

        await context.Database.OpenConnectionAsync();
        var ownTransaction = context.Database.CurrentTransaction is null ? await context.Database.BeginTransactionAsync() : null;
        try
        {
            var connection = context.Database.GetDbConnection();
            var transaction = context.Database.CurrentTransaction!.GetDbTransaction();

            var ids = isPostgreSql
                ? await NextSequenceValuesAsync(connection, transaction, tableName, entities.Count)
                : await NextIdsAfterHighestAsync(connection, transaction, table.Name, tableName, idColumn, entities.Count);
            for (var i = 0; i < entities.Count; i++)
                entities[i].Id = checked((int)ids[i]);

            // SQLite looks bound parameters up by name one at a time, so long statements cost more than they save there:
            // it gets one prepared single-row statement run per row, PostgreSQL multi-row statements (one round trip each).
            var rowsPerStatement = isPostgreSql ? Math.Clamp(MaxParametersPerStatement / columns.Count, 1, MaxRowsPerStatement) : 1;
            await InsertRowsAsync(connection, transaction, sql, tableName, columns, entities, rowsPerStatement);

            if (ownTransaction is not null)
                await ownTransaction.CommitAsync();
        }
        catch (Exception exception)
        {
            foreach (var entity in entities)
                entity.Id = 0;

            if (ownTransaction is not null)
                await ownTransaction.RollbackAsync();

            if (exception is DbException)
                throw new DbUpdateException($"Bulk insert into {tableName} failed: {exception.Message}", exception);
            throw;
        }
        finally
        {
            if (ownTransaction is not null)
                await ownTransaction.DisposeAsync();
            await context.Database.CloseConnectionAsync();
        }
    }

    private static async Task InsertRowsAsync<TEntity>(DbConnection connection, DbTransaction transaction, ISqlGenerationHelper sql,
        string tableName, IReadOnlyList<IProperty> columns, IList<TEntity> entities, int rowsPerStatement) where TEntity : BaseEntity
    {
        DbCommand command = null;
        try
        {
            for (var start = 0; start < entities.Count; start += rowsPerStatement)
            {
                var rows = Math.Min(rowsPerStatement, entities.Count - start);
                if (command is null || command.Parameters.Count != rows * columns.Count)
                {
                    if (command is not null)
                        await command.DisposeAsync();
                    command = CreateInsertCommand(connection, transaction, sql, tableName, columns, rows);
                }

                for (var row = 0; row < rows; row++)
                {
                    for (var c = 0; c < columns.Count; c++)
                        SetValue(command.Parameters[row * columns.Count + c], columns[c], entities[start + row]);
                }

                await command.ExecuteNonQueryAsync();
            }
        }
        finally
        {
            if (command is not null)
                await command.DisposeAsync();
        }
    }

    private static DbCommand CreateInsertCommand(DbConnection connection, DbTransaction transaction, ISqlGenerationHelper sql,
        string tableName, IReadOnlyList<IProperty> columns, int rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;

        var text = new StringBuilder("INSERT INTO ").Append(tableName).Append(" (")
            .AppendJoin(", ", columns.Select(column => sql.DelimitIdentifier(column.GetColumnName())))
            .Append(") VALUES ");
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Count; c++)
            {
                var name = $"@p{row}_{c}";
                text.Append(c == 0 ? "" : ", ").Append(name);
                // The column's own type mapping sets the database type, as SaveChanges would.
                command.Parameters.Add(columns[c].GetRelationalTypeMapping().CreateParameter(command, name, null, columns[c].IsNullable));
            }
            text.Append(')');
        }

        command.CommandText = text.ToString();
        return command;
    }

    // The value as SaveChanges would send it: through the column's value converter, null as DBNull.
    private static void SetValue(DbParameter parameter, IProperty column, object entity)
    {
        var value = column.GetGetter().GetClrValue(entity);
        var converter = column.GetTypeMapping().Converter;
        if (converter is not null && value is not null)
            value = converter.ConvertToProvider(value);
        parameter.Value = value ?? DBNull.Value;
    }

    // linq2db's RetrieveIdentity with useSequenceName (nopCommerce's PostgreSQL provider): one nextval per row.
    private static async Task<long[]> NextSequenceValuesAsync(DbConnection connection, DbTransaction transaction, string tableName, int count)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT nextval(pg_get_serial_sequence(@table, 'Id')) FROM generate_series(1, @count)";
        AddParameter(command, "@table", tableName);
        AddParameter(command, "@count", count);

        var ids = new List<long>(count);
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                ids.Add(reader.GetInt64(0));
        }

        ids.Sort();
        return ids.ToArray();
    }

    // linq2db's RetrieveIdentity without a sequence: the ids after the highest one. SQLite's AUTOINCREMENT counter is
    // read as well so a deleted row's id is not handed out again. The transaction holds SQLite's write lock throughout.
    private static async Task<long[]> NextIdsAfterHighestAsync(DbConnection connection, DbTransaction transaction, string rawTableName,
        string tableName, string idColumn, int count)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT max(coalesce((SELECT max({idColumn}) FROM {tableName}), 0), "
            + "coalesce((SELECT seq FROM sqlite_sequence WHERE name = @name), 0))";
        AddParameter(command, "@name", rawTableName);

        var highest = Convert.ToInt64(await command.ExecuteScalarAsync());
        return Enumerable.Range(1, count).Select(offset => highest + offset).ToArray();
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
