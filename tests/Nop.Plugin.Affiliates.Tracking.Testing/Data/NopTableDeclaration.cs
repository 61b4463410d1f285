using FluentMigrator.Expressions;
using FluentMigrator.Model;

namespace Nop.Plugin.Affiliates.Tracking.Testing.Data;

/// <summary>
/// The table nopCommerce's migration would create for one entity: its columns and the indexes the builder asked for.
/// </summary>
public sealed class NopTableDeclaration
{
    public NopTableDeclaration(Type entityType, Type entityBuilderType, CreateTableExpression expression, IReadOnlyList<IndexDefinition> indexes,
        IReadOnlyCollection<string> builderColumns)
    {
        EntityType = entityType;
        EntityBuilderType = entityBuilderType;
        Expression = expression;
        Indexes = indexes;
        BuilderColumns = builderColumns;
    }

    public Type EntityType { get; }

    /// <summary>
    /// The plugin's <c>NopEntityBuilder&lt;T&gt;</c> subclass for the entity, or null when convention alone maps it.
    /// </summary>
    public Type EntityBuilderType { get; }

    public CreateTableExpression Expression { get; }

    public string TableName => Expression.TableName;

    public IList<ColumnDefinition> Columns => Expression.Columns;

    public IReadOnlyList<IndexDefinition> Indexes { get; }

    /// <summary>
    /// Names of the columns the entity builder declared itself (the rest come from the convention).
    /// </summary>
    public IReadOnlyCollection<string> BuilderColumns { get; }
}
