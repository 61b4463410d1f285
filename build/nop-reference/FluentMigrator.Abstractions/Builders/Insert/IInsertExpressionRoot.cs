using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders.Insert;

// Subset: none of its members are used through this surface.
public interface IInsertExpressionRoot : IFluentSyntax
{
}
