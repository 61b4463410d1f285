using System.Data;
using System.Reflection;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Data.Mapping.Builders;

/// <summary>
/// Each plugin entity's builder and nopCommerce's column convention together store every property the entity has,
/// with column types that fit the properties.
/// </summary>
public class EntityBuildersTests
{
    private static readonly Dictionary<Type, DbType[]> _compatibleTypes = new()
    {
        [typeof(int)] = [DbType.Int32],
        [typeof(long)] = [DbType.Int64],
        [typeof(string)] = [DbType.String, DbType.AnsiString, DbType.StringFixedLength, DbType.AnsiStringFixedLength],
        [typeof(bool)] = [DbType.Boolean],
        [typeof(decimal)] = [DbType.Decimal, DbType.Currency],
        [typeof(DateTime)] = [DbType.DateTime2, DbType.DateTime, DbType.Date],
        [typeof(Guid)] = [DbType.Guid],
        [typeof(byte[])] = [DbType.Binary]
    };

    public static IEnumerable<TestCaseData> PluginEntities =>
        NopTestDbContext.PluginEntityTypes.Select(type => new TestCaseData(type).SetArgDisplayNames(type.Name));

    [TestCaseSource(nameof(PluginEntities))]
    public void PluginEntity_EveryWritableProperty_IsBuilderColumnConventionColumnOrEnumWrapper(Type entityType)
    {
        var declaration = NopColumnConventionDouble.RetrieveTableDeclaration(entityType, NopTestDbContext.GetTableName(entityType));
        var columns = declaration.Columns.Select(column => column.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var unstored = entityType.GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(property => property.CanWrite && !columns.Contains(property.Name) && !IsEnumWrapper(property, columns))
            .Select(property => $"{property.Name} ({property.PropertyType.Name})");

        Assert.That(unstored, Is.Empty, $"properties of {entityType.Name} nopCommerce would silently not store");
    }

    [TestCaseSource(nameof(PluginEntities))]
    public void Builder_DeclaredColumns_MatchEntityPropertiesAndTypes(Type entityType)
    {
        var declaration = NopColumnConventionDouble.RetrieveTableDeclaration(entityType, NopTestDbContext.GetTableName(entityType));
        var problems = new List<string>();

        foreach (var column in declaration.Columns.Where(column => declaration.BuilderColumns.Contains(column.Name)))
        {
            var property = entityType.GetProperty(column.Name, BindingFlags.Instance | BindingFlags.Public);
            if (property == null)
            {
                problems.Add($"{column.Name}: declared by {declaration.EntityBuilderType.Name} but {entityType.Name} has no such property");
                continue;
            }

            var underlying = Nullable.GetUnderlyingType(property.PropertyType);
            var clrType = underlying ?? property.PropertyType;
            if (!_compatibleTypes.TryGetValue(clrType, out var dbTypes) || column.Type is not { } type || !dbTypes.Contains(type))
                problems.Add($"{column.Name}: {property.PropertyType.Name} property declared as {column.Type?.ToString() ?? column.CustomType ?? "no type"}");

            if (clrType.IsValueType && underlying == null && column.IsNullable == true)
                problems.Add($"{column.Name}: NULL column for a non-nullable {clrType.Name} property");
        }

        Assert.That(problems, Is.Empty);
    }

    // The nopCommerce pattern for enums: an int column `{Name}Id` plus a typed `{Name}` property that is not stored.
    private static bool IsEnumWrapper(PropertyInfo property, HashSet<string> columns)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return type.IsEnum && columns.Contains(property.Name + "Id");
    }
}
