using FluentMigrator.Model;

namespace FluentMigrator.Expressions;

public interface IColumnsExpression
{
    string TableName { get; }

    IEnumerable<ColumnDefinition> Columns { get; }
}
