using System.Data;
using FluentMigrator.Expressions;
using FluentMigrator.Infrastructure;
using FluentMigrator.Model;

namespace FluentMigrator.Builders.Create.Table;

// Minimal implementation of FluentMigrator's documented builder contract, so tests can read what an entity builder declares.
// WithColumn adds a column to Expression.Columns and makes it current; the type calls (inherited), nullability, identity,
// primary key, unique and indexed options are recorded on the current column. Unique/Indexed also add a
// CreateIndexExpression (carrying the index name) to the context's expressions when a context is given.
// Foreign keys, defaults, descriptions and schema are not implemented and throw.
public class CreateTableExpressionBuilder : ExpressionBuilderWithColumnTypesBase<CreateTableExpression, ICreateTableColumnOptionOrWithColumnSyntax>,
    ICreateTableWithColumnOrSchemaOrDescriptionSyntax,
    ICreateTableColumnAsTypeSyntax,
    ICreateTableColumnOptionOrForeignKeyCascadeOrWithColumnSyntax,
    IColumnExpressionBuilder
{
    private readonly IMigrationContext _context;

    public CreateTableExpressionBuilder(CreateTableExpression expression, IMigrationContext context)
        : base(expression)
    {
        _context = context;
    }

    public ColumnDefinition CurrentColumn { get; set; }

    public ForeignKeyDefinition CurrentForeignKey { get; set; }

    string IColumnExpressionBuilder.SchemaName => Expression.SchemaName;

    string IColumnExpressionBuilder.TableName => Expression.TableName;

    ColumnDefinition IColumnExpressionBuilder.Column => CurrentColumn;

    public override ColumnDefinition GetColumnForType() => CurrentColumn;

    public ICreateTableColumnAsTypeSyntax WithColumn(string name)
    {
        var column = new ColumnDefinition
        {
            Name = name,
            TableName = Expression.TableName,
            ModificationType = ColumnModificationType.Create
        };
        Expression.Columns.Add(column);
        CurrentColumn = column;
        return this;
    }

    public ICreateTableColumnOptionOrWithColumnSyntax Identity()
    {
        CurrentColumn.IsIdentity = true;
        return this;
    }

    public ICreateTableColumnOptionOrWithColumnSyntax Indexed() => Indexed(null);

    public ICreateTableColumnOptionOrWithColumnSyntax Indexed(string indexName)
    {
        CurrentColumn.IsIndexed = true;
        RecordIndex(indexName, false);
        return this;
    }

    public ICreateTableColumnOptionOrWithColumnSyntax PrimaryKey()
    {
        CurrentColumn.IsPrimaryKey = true;
        return this;
    }

    public ICreateTableColumnOptionOrWithColumnSyntax PrimaryKey(string primaryKeyName)
    {
        CurrentColumn.IsPrimaryKey = true;
        CurrentColumn.PrimaryKeyName = primaryKeyName;
        return this;
    }

    public ICreateTableColumnOptionOrWithColumnSyntax Nullable()
    {
        CurrentColumn.IsNullable = true;
        return this;
    }

    public ICreateTableColumnOptionOrWithColumnSyntax NotNullable()
    {
        CurrentColumn.IsNullable = false;
        return this;
    }

    public ICreateTableColumnOptionOrWithColumnSyntax Unique() => Unique(null);

    public ICreateTableColumnOptionOrWithColumnSyntax Unique(string indexName)
    {
        CurrentColumn.IsUnique = true;
        RecordIndex(indexName, true);
        return this;
    }

    public ICreateTableWithColumnSyntax InSchema(string schemaName) => throw null;

    public ICreateTableWithColumnOrSchemaSyntax WithDescription(string description) => throw null;

    public ICreateTableColumnOptionOrWithColumnSyntax WithDefault(SystemMethods method) => throw null;

    public ICreateTableColumnOptionOrWithColumnSyntax WithDefaultValue(object value) => throw null;

    public ICreateTableColumnOptionOrWithColumnSyntax WithColumnDescription(string description) => throw null;

    public ICreateTableColumnOptionOrWithColumnSyntax WithColumnAdditionalDescription(string descriptionName, string description) => throw null;

    public ICreateTableColumnOptionOrWithColumnSyntax WithColumnAdditionalDescriptions(Dictionary<string, string> columnDescriptions) => throw null;

    public ICreateTableColumnOptionOrForeignKeyCascadeOrWithColumnSyntax ForeignKey(string primaryTableName, string primaryColumnName) => throw null;

    public ICreateTableColumnOptionOrForeignKeyCascadeOrWithColumnSyntax ForeignKey(string foreignKeyName, string primaryTableName, string primaryColumnName) => throw null;

    public ICreateTableColumnOptionOrForeignKeyCascadeOrWithColumnSyntax ForeignKey(string foreignKeyName, string primaryTableSchema, string primaryTableName, string primaryColumnName) => throw null;

    public ICreateTableColumnOptionOrForeignKeyCascadeOrWithColumnSyntax ReferencedBy(string foreignTableName, string foreignColumnName) => throw null;

    public ICreateTableColumnOptionOrForeignKeyCascadeOrWithColumnSyntax ReferencedBy(string foreignKeyName, string foreignTableName, string foreignColumnName) => throw null;

    public ICreateTableColumnOptionOrForeignKeyCascadeOrWithColumnSyntax ReferencedBy(string foreignKeyName, string foreignTableSchema, string foreignTableName, string foreignColumnName) => throw null;

    public ICreateTableColumnOptionOrForeignKeyCascadeOrWithColumnSyntax ForeignKey() => throw null;

    public ICreateTableColumnOptionOrForeignKeyCascadeOrWithColumnSyntax OnDelete(Rule rule) => throw null;

    public ICreateTableColumnOptionOrForeignKeyCascadeOrWithColumnSyntax OnUpdate(Rule rule) => throw null;

    public ICreateTableColumnOptionOrWithColumnSyntax OnDeleteOrUpdate(Rule rule) => throw null;

    // The index (with its name) goes to the context, where FluentMigrator keeps it; without a context there is nowhere to put it.
    private void RecordIndex(string indexName, bool isUnique)
    {
        var expressions = _context?.Expressions;
        if (expressions == null)
            return;

        var index = new CreateIndexExpression
        {
            Index = new IndexDefinition
            {
                Name = indexName,
                SchemaName = Expression.SchemaName,
                TableName = Expression.TableName,
                IsUnique = isUnique
            }
        };
        index.Index.Columns.Add(new IndexColumnDefinition { Name = CurrentColumn.Name });
        expressions.Add(index);
    }
}
