using FluentMigrator.Model;

namespace FluentMigrator.Builders.Create.Index;

public interface ICreateIndexMoreColumnOptionsSyntax : ICreateIndexOnColumnSyntax
{
    IndexColumnDefinition CurrentColumn { get; }
}
