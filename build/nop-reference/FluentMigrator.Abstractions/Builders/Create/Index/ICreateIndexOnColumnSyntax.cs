using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders.Create.Index;

// Subset: only OnColumn is declared.
public interface ICreateIndexOnColumnSyntax : IFluentSyntax
{
    ICreateIndexColumnOptionsSyntax OnColumn(string columnName);
}
