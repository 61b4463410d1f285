using FluentMigrator.Builders.Create.Table;
using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders.Create;

// Subset: only Table is declared.
public interface ICreateExpressionRoot : IFluentSyntax
{
    ICreateTableWithColumnOrSchemaOrDescriptionSyntax Table(string tableName);
}
