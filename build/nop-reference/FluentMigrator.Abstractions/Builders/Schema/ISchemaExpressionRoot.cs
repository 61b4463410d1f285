using FluentMigrator.Builders.Schema.Table;
using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders.Schema;

// Subset: only Table is declared.
public interface ISchemaExpressionRoot : IFluentSyntax
{
    ISchemaTableSyntax Table(string tableName);
}
