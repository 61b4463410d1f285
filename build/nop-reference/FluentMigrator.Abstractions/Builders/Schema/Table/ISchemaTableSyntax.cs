namespace FluentMigrator.Builders.Schema.Table;

// Subset: only Exists is declared.
public interface ISchemaTableSyntax
{
    bool Exists();
}
