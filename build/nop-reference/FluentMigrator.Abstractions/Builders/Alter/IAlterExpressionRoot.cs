using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders.Alter;

// Subset: none of its members are used through this surface.
public interface IAlterExpressionRoot : IFluentSyntax
{
}
