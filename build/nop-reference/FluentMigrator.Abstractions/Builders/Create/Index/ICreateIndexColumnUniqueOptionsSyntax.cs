using FluentMigrator.Model;

namespace FluentMigrator.Builders.Create.Index;

public interface ICreateIndexColumnUniqueOptionsSyntax : ICreateIndexOnColumnSyntax
{
    IndexColumnDefinition CurrentColumn { get; }
}
