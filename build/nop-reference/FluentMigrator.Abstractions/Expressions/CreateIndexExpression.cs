using FluentMigrator.Infrastructure;
using FluentMigrator.Model;
using FluentMigrator.Validation;

namespace FluentMigrator.Expressions;

public class CreateIndexExpression : MigrationExpressionBase, ISupportAdditionalFeatures, IIndexExpression, IValidationChildren
{
    public virtual IndexDefinition Index { get; set; } = new IndexDefinition();

    public IDictionary<string, object> AdditionalFeatures => Index.AdditionalFeatures;

    IEnumerable<object> IValidationChildren.Children => throw null;

    public override void ExecuteWith(IMigrationProcessor processor) => throw null;

    public override IMigrationExpression Reverse() => throw null;

    public override string ToString() => throw null;
}
