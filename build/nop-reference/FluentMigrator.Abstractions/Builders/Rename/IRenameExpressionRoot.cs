using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders.Rename;

// Subset: none of its members are used through this surface.
// Kept although no plugin code names it: MigrationBase, which the plugin's migration derives from, declares all its upstream members.
// apicheck:allow dead-surface
public interface IRenameExpressionRoot : IFluentSyntax
{
}
