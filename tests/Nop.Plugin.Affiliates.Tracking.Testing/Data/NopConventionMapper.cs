using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Nop.Core;

namespace Nop.Plugin.Affiliates.Tracking.Testing.Data;

/// <summary>
/// Maps an entity the way nopCommerce derives a table from it when no builder says otherwise: an identity
/// <c>Id</c> key, and one column per public writable property whose type (or the type under <c>Nullable&lt;T&gt;</c>)
/// is int, long, string, bool, decimal, DateTime, byte[] or Guid. Everything else (enum wrappers such as
/// <c>Status</c>, collections, other entities) is not a column. Decimals are (18,4); strings are nullable;
/// value types are NOT NULL unless nullable.
/// </summary>
/// <remarks>
/// On PostgreSQL nopCommerce turns every string column into <c>citext</c> (case-insensitive, no length limit).
/// This model keeps <c>text</c> / <c>character varying(n)</c> instead, so lengths are enforced like on SQL Server,
/// but comparisons and unique indexes on strings are case-sensitive here.
/// </remarks>
public sealed class NopConventionMapper
{
    private const string NpgsqlProviderName = "Npgsql.EntityFrameworkCore.PostgreSQL";

    private static readonly HashSet<Type> _columnTypes =
    [
        typeof(int), typeof(long), typeof(string), typeof(bool), typeof(decimal), typeof(DateTime), typeof(byte[]), typeof(Guid)
    ];

    // nopCommerce creates DateTime columns as timestamp (without time zone) on PostgreSQL and stores the value as given.
    // Npgsql refuses to write a UTC DateTime to such a column, so the kind is dropped on the way in, as LINQ to DB does.
    private static readonly ValueConverter<DateTime, DateTime> _unspecifiedKindConverter =
        new(value => DateTime.SpecifyKind(value, DateTimeKind.Unspecified), value => value);

    private readonly bool _isPostgreSql;

    public NopConventionMapper(string providerName)
    {
        _isPostgreSql = providerName == NpgsqlProviderName;
    }

    /// <summary>
    /// Whether nopCommerce's convention makes <paramref name="property"/> a column.
    /// </summary>
    public static bool IsColumn(PropertyInfo property)
    {
        if (property.DeclaringType == typeof(BaseEntity) || !property.CanWrite || property.GetIndexParameters().Length > 0)
            return false;

        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return _columnTypes.Contains(type);
    }

    public EntityTypeBuilder Map(ModelBuilder modelBuilder, Type entityType, string tableName)
    {
        var entity = modelBuilder.Entity(entityType);
        entity.ToTable(tableName);
        entity.HasKey(nameof(BaseEntity.Id));
        entity.Property(nameof(BaseEntity.Id)).HasColumnName(nameof(BaseEntity.Id)).ValueGeneratedOnAdd();

        foreach (var property in entityType.GetProperties(BindingFlags.Instance | BindingFlags.Public))
        {
            if (property.Name == nameof(BaseEntity.Id))
                continue;

            if (!IsColumn(property))
            {
                entity.Ignore(property.Name);
                continue;
            }

            var column = entity.Property(property.PropertyType, property.Name).HasColumnName(property.Name);
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;

            if (!property.PropertyType.IsValueType)
                column.IsRequired(false);

            if (type == typeof(decimal))
                column.HasPrecision(18, 4);

            if (type == typeof(DateTime) && _isPostgreSql)
                column.HasColumnType("timestamp without time zone").HasConversion(_unspecifiedKindConverter);
        }

        return entity;
    }
}
