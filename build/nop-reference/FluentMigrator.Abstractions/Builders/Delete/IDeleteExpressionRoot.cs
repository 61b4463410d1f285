using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders.Delete;

// Subset: only Table is declared.
public interface IDeleteExpressionRoot : IFluentSyntax
{
    IIfExistsOrInSchemaSyntax Table(string tableName);
}
