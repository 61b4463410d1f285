using FluentMigrator.Builders.Schema.Index;

namespace FluentMigrator.Builders.Schema.Table;

// Subset: only Exists and Index are declared.
public interface ISchemaTableSyntax
{
    bool Exists();

    ISchemaIndexSyntax Index(string indexName);
}
