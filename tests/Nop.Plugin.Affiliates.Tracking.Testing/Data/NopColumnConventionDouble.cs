using System.ComponentModel.DataAnnotations.Schema;
using System.Data;
using System.Reflection;
using FluentMigrator.Builders.Create.Table;
using FluentMigrator.Expressions;
using FluentMigrator.Model;
using Nop.Core;
using Nop.Data.Mapping.Builders;

namespace Nop.Plugin.Affiliates.Tracking.Testing.Data;

/// <summary>
/// Test double of how nopCommerce 4.90 turns an entity into a CREATE TABLE when a migration calls
/// <c>Create.TableFor&lt;T&gt;()</c>: the entity's builder declares its columns first; an <c>Id int</c> identity
/// primary key is added unless declared; then every other public writable property becomes a column by type
/// (int → Int32, long → Int64, string → String(max) NULL, bool → Boolean, decimal → Decimal(18,4),
/// DateTime → DateTime2 with precision 6, byte[] → Binary(max) NULL, Guid → Guid; <c>Nullable&lt;T&gt;</c> → NULL,
/// other value types NOT NULL). Properties of any other type, enums included, get no column.
/// </summary>
/// <remarks>
/// The real code needs nopCommerce's engine and data settings; this double uses the reference surface's recording
/// <see cref="CreateTableExpressionBuilder"/> and describes the provider-neutral result (on PostgreSQL nopCommerce
/// additionally makes every string column <c>citext</c>).
/// </remarks>
public static class NopColumnConventionDouble
{
    public const int DateTimePrecision = 6;

    private static readonly Dictionary<Type, Action<ICreateTableColumnAsTypeSyntax>> _typeMapping = new()
    {
        [typeof(int)] = column => column.AsInt32(),
        [typeof(long)] = column => column.AsInt64(),
        [typeof(string)] = column => column.AsString(int.MaxValue).Nullable(),
        [typeof(bool)] = column => column.AsBoolean(),
        [typeof(decimal)] = column => column.AsDecimal(18, 4),
        [typeof(DateTime)] = column => column.AsDateTime2(),
        [typeof(byte[])] = column => column.AsBinary(int.MaxValue),
        [typeof(Guid)] = column => column.AsGuid()
    };

    /// <summary>
    /// The <c>NopEntityBuilder&lt;T&gt;</c> subclass in the entity's assembly whose base type's generic argument is the
    /// entity, found the way nopCommerce's type finder does; null if there is none.
    /// </summary>
    public static Type FindEntityBuilderType(Type entityType)
    {
        return entityType.Assembly.GetTypes()
            .Where(type => type.IsClass && !type.IsAbstract && typeof(IEntityBuilder).IsAssignableFrom(type))
            .FirstOrDefault(type => type.BaseType?.GetGenericArguments().Contains(entityType) ?? false);
    }

    /// <summary>
    /// Whether the convention gives <paramref name="property"/> a column (when the builder has not declared one).
    /// </summary>
    public static bool MapsByConvention(PropertyInfo property)
    {
        return property.DeclaringType != typeof(BaseEntity)
            && property.CanWrite
            && property.GetIndexParameters().Length == 0
            && property.GetCustomAttribute<NotMappedAttribute>() == null
            && _typeMapping.ContainsKey(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType);
    }

    /// <summary>
    /// The table nopCommerce would create for <paramref name="entityType"/> under <paramref name="tableName"/>.
    /// </summary>
    public static NopTableDeclaration RetrieveTableDeclaration(Type entityType, string tableName)
    {
        ArgumentNullException.ThrowIfNull(entityType);

        var expression = new CreateTableExpression { TableName = tableName };
        var context = new RecordingMigrationContext();
        var table = new CreateTableExpressionBuilder(expression, context);

        var entityBuilderType = FindEntityBuilderType(entityType);
        if (entityBuilderType != null)
            ((IEntityBuilder)Activator.CreateInstance(entityBuilderType)).MapEntity(table);

        var builderColumns = expression.Columns.Select(column => column.Name).ToList();

        if (!expression.Columns.Any(column => column.IsPrimaryKey))
        {
            expression.Columns.Insert(0, new ColumnDefinition
            {
                Name = nameof(BaseEntity.Id),
                Type = DbType.Int32,
                IsIdentity = true,
                IsPrimaryKey = true,
                TableName = tableName,
                ModificationType = ColumnModificationType.Create
            });
        }

        var properties = entityType
            .GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(MapsByConvention)
            .Where(property => !expression.Columns.Any(column => string.Equals(column.Name, property.Name, StringComparison.OrdinalIgnoreCase)))
            .ToList();

        foreach (var property in properties)
        {
            var underlyingType = Nullable.GetUnderlyingType(property.PropertyType);
            var type = underlyingType ?? property.PropertyType;

            var column = table.WithColumn(property.Name);
            _typeMapping[type](column);

            if (type == typeof(DateTime))
                table.CurrentColumn.Precision = DateTimePrecision;

            // Reference types (string, byte[]) and Nullable<T> accept NULL; other value types are NOT NULL.
            if (underlyingType != null || !type.IsValueType)
                table.Nullable();
        }

        var indexes = context.Expressions.OfType<CreateIndexExpression>().Select(index => index.Index).ToList();

        return new NopTableDeclaration(entityType, entityBuilderType, expression, indexes, builderColumns);
    }
}
