namespace FluentMigrator;

// Subset: no member of the processor is used through this surface.
public interface IMigrationProcessor : IQuerySchema, IDisposable
{
}
