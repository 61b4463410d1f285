using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders.Schema.Index;

public interface ISchemaIndexSyntax : IFluentSyntax
{
    bool Exists();
}
