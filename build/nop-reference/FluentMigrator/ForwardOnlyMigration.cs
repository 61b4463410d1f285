namespace FluentMigrator;

public abstract class ForwardOnlyMigration : Migration
{
    // Documented behaviour: forward-only migrations cannot be reverted.
    public sealed override void Down() => throw new InvalidOperationException("Only forward migration is supported");
}
