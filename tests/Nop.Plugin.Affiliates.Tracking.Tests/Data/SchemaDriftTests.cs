using System.Data;
using FluentMigrator.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Nop.Plugin.Affiliates.Tracking.Data.Mapping;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Data;

/// <summary>
/// The database the tests run against has the schema the plugin's migration gives nopCommerce: what each entity
/// builder declares (read through the reference surface's recording CreateTableExpressionBuilder) completed by
/// nopCommerce's column convention (<see cref="NopColumnConventionDouble"/>), compared with the catalog of a real
/// database created from the test model (SQLite pragmas, PostgreSQL information_schema / pg_index).
/// </summary>
/// <remarks>
/// The migration itself cannot run here: Create.TableFor&lt;T&gt; needs nopCommerce's engine, type finder and data
/// settings. On PostgreSQL nopCommerce also turns string columns into citext; the test database keeps
/// character varying(n) / text, which is what these tests compare against.
/// </remarks>
[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class SchemaDriftTests : DatabaseFixture
{
    private IReadOnlyList<DatabaseTable> _tables;
    private IModel _model;

    public SchemaDriftTests(DatabaseEngine engine) : base(engine)
    {
    }

    public static IEnumerable<TestCaseData> PluginEntities =>
        NopTestDbContext.PluginEntityTypes.Select(type => new TestCaseData(type).SetArgDisplayNames(type.Name));

    [OneTimeSetUp]
    public async Task ReadSchemaAsync()
    {
        _tables = await DatabaseSchemaReader.ReadAsync(Database);
        _model = Database.CreateDbContext().Model;
    }

    [Test]
    public void Tables_PluginEntities_ExistExactlyAsMigrationNamesThem()
    {
        var expected = NopTestDbContext.PluginEntityTypes
            .Select(type => NopColumnConventionDouble.RetrieveTableDeclaration(type, NopTestDbContext.GetTableName(type)).TableName)
            .OrderBy(name => name, StringComparer.Ordinal);
        var coreTables = NopTestDbContext.CoreEntityTypes.Select(NopTestDbContext.GetTableName).ToHashSet(StringComparer.Ordinal);
        var actual = _tables.Select(table => table.Name).Where(name => !coreTables.Contains(name)).OrderBy(name => name, StringComparer.Ordinal);

        Assert.That(actual, Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(PluginEntities))]
    public void Columns_PluginEntity_MatchMigrationNamesTypesLengthsAndNullability(Type entityType)
    {
        var declaration = NopColumnConventionDouble.RetrieveTableDeclaration(entityType, NopTestDbContext.GetTableName(entityType));
        var table = FindTable(declaration.TableName);
        var differences = new List<string>();

        var expectedNames = declaration.Columns.Select(column => column.Name).OrderBy(name => name, StringComparer.Ordinal).ToList();
        var actualNames = table.Columns.Select(column => column.Name).OrderBy(name => name, StringComparer.Ordinal).ToList();
        foreach (var missing in expectedNames.Except(actualNames))
            differences.Add($"{missing}: declared by the migration, missing in the database");
        foreach (var extra in actualNames.Except(expectedNames))
            differences.Add($"{extra}: in the database, not declared by the migration");

        foreach (var expected in declaration.Columns)
        {
            var actual = table.Columns.FirstOrDefault(column => column.Name == expected.Name);
            if (actual != null)
                differences.AddRange(CompareColumn(entityType, expected, actual));
        }

        Assert.That(differences, Is.Empty, $"{declaration.TableName} ({Engine}) differs from the migration");
    }

    [TestCaseSource(nameof(PluginEntities))]
    public void Indexes_PluginEntity_MatchMigrationUniqueAndIndexedColumns(Type entityType)
    {
        var declaration = NopColumnConventionDouble.RetrieveTableDeclaration(entityType, NopTestDbContext.GetTableName(entityType));
        var table = FindTable(declaration.TableName);

        // Unique(name) / Indexed(name) mark the column and add a named index; the builder's calls decide both.
        var expectedUnique = declaration.Columns.Where(column => column.IsUnique).Select(column => column.Name)
            .Concat(declaration.Indexes.Where(index => index.IsUnique).Select(ColumnsOf))
            .Distinct().OrderBy(key => key, StringComparer.Ordinal).ToList();
        var actualUnique = table.Indexes.Where(index => index.IsUnique).Select(ColumnsOf)
            .OrderBy(key => key, StringComparer.Ordinal).ToList();

        // An index the builder leaves unnamed gets its name from nopCommerce's convention; only its columns are compared.
        var unnamed = declaration.Indexes.Where(index => index.Name == null).Select(index => (index.IsUnique, ColumnsOf(index))).ToHashSet();
        // The migration adds the multi-column indexes a builder cannot declare.
        var expectedIndexes = declaration.Indexes.Select(index => Format(index.IsUnique, ColumnsOf(index), index.Name))
            .Concat(AffiliateTrackingIndexes.For(entityType).Select(index => Format(false, string.Join(", ", index.Columns), index.Name)))
            .OrderBy(key => key, StringComparer.Ordinal).ToList();
        var actualIndexes = table.Indexes
            .Select(index => Format(index.IsUnique, ColumnsOf(index), unnamed.Contains((index.IsUnique, ColumnsOf(index))) ? null : index.Name))
            .OrderBy(key => key, StringComparer.Ordinal).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(actualUnique, Is.EqualTo(expectedUnique), $"unique column sets of {declaration.TableName} ({Engine})");
            Assert.That(actualIndexes, Is.EqualTo(expectedIndexes), $"indexes of {declaration.TableName} ({Engine})");
        });
    }

    private DatabaseTable FindTable(string name)
    {
        var table = _tables.FirstOrDefault(candidate => candidate.Name == name);
        Assert.That(table, Is.Not.Null, $"table {name} is missing in the {Engine} database");
        return table;
    }

    private IEnumerable<string> CompareColumn(Type entityType, ColumnDefinition expected, DatabaseColumn actual)
    {
        var name = expected.Name;
        var expectedNullable = expected.IsNullable == true;
        var expectedType = expected.Type
            ?? throw new InvalidOperationException($"{name}: custom type '{expected.CustomType}' is not understood by this test");

        if (actual.IsNullable != expectedNullable)
            yield return $"{name}: {(actual.IsNullable ? "NULL" : "NOT NULL")} in the database, {(expectedNullable ? "NULL" : "NOT NULL")} in the migration";

        if (expected.IsPrimaryKey != actual.IsPrimaryKey)
            yield return $"{name}: primary key {actual.IsPrimaryKey} in the database, {expected.IsPrimaryKey} in the migration";

        if (expected.IsIdentity != actual.IsIdentity)
            yield return $"{name}: identity {actual.IsIdentity} in the database, {expected.IsIdentity} in the migration";

        var expectedLength = expectedType == DbType.String && expected.Size is { } size && size != int.MaxValue ? size : (int?)null;

        if (Engine == DatabaseEngine.PostgreSql)
        {
            var (dataType, precision, scale) = ExpectedPostgreSqlType(expectedType, expectedLength, expected);
            if (actual.DataType != dataType)
                yield return $"{name}: {actual.DataType} in the database, {dataType} expected for {expectedType}";
            if (actual.MaxLength != expectedLength)
                yield return $"{name}: max length {Show(actual.MaxLength)} in the database, {Show(expectedLength)} in the migration";
            if (precision != null && (actual.NumericPrecision != precision || actual.NumericScale != scale))
                yield return $"{name}: numeric({actual.NumericPrecision},{actual.NumericScale}) in the database, ({precision},{scale}) in the migration";
            yield break;
        }

        // SQLite keeps only a type affinity; lengths and decimal facets are checked on the model that created the table.
        var affinity = SqliteAffinity(actual.DataType);
        var expectedAffinity = ExpectedSqliteAffinity(expectedType);
        if (affinity != expectedAffinity)
            yield return $"{name}: {actual.DataType} (affinity {affinity}) in the database, affinity {expectedAffinity} expected for {expectedType}";

        var property = _model.FindEntityType(entityType)?.GetProperties().FirstOrDefault(p => p.GetColumnName() == name);
        if (property == null)
        {
            yield return $"{name}: not mapped by the test model";
            yield break;
        }

        if (property.GetMaxLength() != expectedLength)
            yield return $"{name}: max length {Show(property.GetMaxLength())} in the test model, {Show(expectedLength)} in the migration";

        if (expectedType == DbType.Decimal && (property.GetPrecision() != expected.Size || property.GetScale() != expected.Precision))
            yield return $"{name}: decimal({property.GetPrecision()},{property.GetScale()}) in the test model, ({expected.Size},{expected.Precision}) in the migration";
    }

    private static (string DataType, int? Precision, int? Scale) ExpectedPostgreSqlType(DbType type, int? length, ColumnDefinition column)
    {
        return type switch
        {
            DbType.Int32 => ("integer", null, null),
            DbType.Int64 => ("bigint", null, null),
            DbType.Boolean => ("boolean", null, null),
            DbType.Decimal => ("numeric", column.Size, column.Precision),
            DbType.DateTime2 or DbType.DateTime => ("timestamp without time zone", null, null),
            DbType.Guid => ("uuid", null, null),
            DbType.Binary => ("bytea", null, null),
            DbType.String => (length == null ? "text" : "character varying", null, null),
            _ => throw new InvalidOperationException($"{column.Name}: no PostgreSQL type known for {type}")
        };
    }

    // What EF Core's SQLite provider stores each type as: decimals, dates and GUIDs are TEXT, so values stay exact.
    private static string ExpectedSqliteAffinity(DbType type)
    {
        return type switch
        {
            DbType.Int32 or DbType.Int64 or DbType.Boolean => "INTEGER",
            DbType.String or DbType.Guid or DbType.DateTime2 or DbType.DateTime or DbType.Decimal => "TEXT",
            DbType.Binary => "BLOB",
            _ => throw new InvalidOperationException($"no SQLite affinity known for {type}")
        };
    }

    // SQLite's rules for the affinity of a declared column type (https://www.sqlite.org/datatype3.html, 3.1).
    private static string SqliteAffinity(string declaredType)
    {
        var type = declaredType.ToUpperInvariant();
        if (type.Contains("INT"))
            return "INTEGER";
        if (type.Contains("CHAR") || type.Contains("CLOB") || type.Contains("TEXT"))
            return "TEXT";
        if (type.Length == 0 || type.Contains("BLOB"))
            return "BLOB";
        if (type.Contains("REAL") || type.Contains("FLOA") || type.Contains("DOUB"))
            return "REAL";
        return "NUMERIC";
    }

    private static string ColumnsOf(IndexDefinition index)
    {
        return string.Join(", ", index.Columns.Select(column => column.Name));
    }

    private static string ColumnsOf(DatabaseIndex index)
    {
        return string.Join(", ", index.Columns);
    }

    private static string Format(bool isUnique, string columns, string name)
    {
        return $"{(isUnique ? "UNIQUE" : "INDEX")} ({columns}) {name ?? "(unnamed)"}";
    }

    private static string Show(int? length)
    {
        return length?.ToString() ?? "none";
    }
}
