using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders.Alter.Table;

// Kept although no plugin code names it: part of MigrationBase.Alter's signature (MigrationBase is declared completely).
// apicheck:allow dead-surface
public interface IAlterTableAddColumnOrAlterColumnSyntax : IFluentSyntax
{
    IAlterTableColumnAsTypeSyntax AddColumn(string name);

    IAlterTableColumnAsTypeSyntax AlterColumn(string name);

    void ToSchema(string name);
}
