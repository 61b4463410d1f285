namespace FluentMigrator;

// Subset: no member of the processor is used through this surface.
// Kept although no plugin code names it: part of the expression types' signatures that the recording builder fills.
// apicheck:allow dead-surface
public interface IMigrationProcessor : IQuerySchema, IDisposable
{
}
