using FluentMigrator.Infrastructure;
using FluentMigrator.Model;

namespace FluentMigrator.Builders;

public interface IColumnExpressionBuilder : IFluentSyntax
{
    string SchemaName { get; }

    string TableName { get; }

    ColumnDefinition Column { get; }
}
