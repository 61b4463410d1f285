using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders.Execute;

// Subset: none of its members are used through this surface.
// Kept although no plugin code names it: Migration, which the plugin's migration derives from, declares all its upstream members.
// apicheck:allow dead-surface
public interface IExecuteExpressionRoot : IFluentSyntax
{
}
