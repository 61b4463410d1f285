namespace FluentMigrator.Builders.Alter.Table;

// Kept although no plugin code names it: part of MigrationBase.Alter's signature (MigrationBase is declared completely).
// apicheck:allow dead-surface
public interface IAlterTableColumnOptionOrAddColumnOrAlterColumnSyntax :
    IColumnOptionSyntax<IAlterTableColumnOptionOrAddColumnOrAlterColumnSyntax, IAlterTableColumnOptionOrAddColumnOrAlterColumnOrForeignKeyCascadeSyntax>,
    IAlterTableAddColumnOrAlterColumnSyntax
{
    IAlterTableColumnOptionOrAddColumnOrAlterColumnSyntax SetExistingRowsTo(object value);
}
