using FluentMigrator.Model;
using FluentMigrator.Validation;

namespace FluentMigrator.Expressions;

public class CreateTableExpression : MigrationExpressionBase, ISchemaExpression, IColumnsExpression, IValidationChildren
{
    public virtual string SchemaName { get; set; }

    public virtual string TableName { get; set; }

    public virtual IList<ColumnDefinition> Columns { get; set; } = new List<ColumnDefinition>();

    public virtual string TableDescription { get; set; }

    IEnumerable<ColumnDefinition> IColumnsExpression.Columns => Columns;

    IEnumerable<object> IValidationChildren.Children => throw null;

    public override void ExecuteWith(IMigrationProcessor processor) => throw null;

    public override IMigrationExpression Reverse() => throw null;

    public override string ToString() => throw null;
}
