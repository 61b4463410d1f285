using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders.Update;

// Subset: none of its members are used through this surface.
public interface IUpdateExpressionRoot : IFluentSyntax
{
}
