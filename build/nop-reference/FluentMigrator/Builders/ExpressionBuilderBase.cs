using FluentMigrator.Expressions;

namespace FluentMigrator.Builders;

public abstract class ExpressionBuilderBase<T>
    where T : class, IMigrationExpression
{
    protected ExpressionBuilderBase(T expression)
    {
        Expression = expression;
    }

    public T Expression { get; }

    protected static TOut GetData<TOut>(object dataAsAnonymousType)
        where TOut : IList<KeyValuePair<string, object>>, new()
        => throw null;
}
