using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders.Execute;

// Subset: none of its members are used through this surface.
public interface IExecuteExpressionRoot : IFluentSyntax
{
}
