namespace FluentMigrator.Builders.IfDatabase;

// Subset: none of its members are used through this surface.
public interface IIfDatabaseExpressionRoot
{
}
