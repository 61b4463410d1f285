namespace FluentMigrator.Expressions;

public abstract class MigrationExpressionBase : IMigrationExpression
{
    public abstract void ExecuteWith(IMigrationProcessor processor);

    public virtual IMigrationExpression Reverse() => throw null;

    public override string ToString() => throw null;
}
