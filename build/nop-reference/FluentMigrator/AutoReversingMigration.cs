using FluentMigrator.Infrastructure;

namespace FluentMigrator;

public abstract class AutoReversingMigration : MigrationBase
{
    // Documented as a no-op: the down expressions are derived from Up.
    public sealed override void Down()
    {
    }

    public override void GetDownExpressions(IMigrationContext context) => throw null;
}
