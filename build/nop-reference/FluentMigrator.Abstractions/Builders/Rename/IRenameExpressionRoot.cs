using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders.Rename;

// Subset: none of its members are used through this surface.
public interface IRenameExpressionRoot : IFluentSyntax
{
}
