using FluentMigrator.Model;

namespace FluentMigrator.Expressions;

public interface IIndexExpression
{
    IndexDefinition Index { get; }
}
