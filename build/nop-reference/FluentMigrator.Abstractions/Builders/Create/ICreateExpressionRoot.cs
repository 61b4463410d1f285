using FluentMigrator.Builders.Create.Index;
using FluentMigrator.Builders.Create.Table;
using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders.Create;

// Subset: only Table and Index are declared.
public interface ICreateExpressionRoot : IFluentSyntax
{
    ICreateTableWithColumnOrSchemaOrDescriptionSyntax Table(string tableName);

    ICreateIndexForTableSyntax Index(string indexName);
}
