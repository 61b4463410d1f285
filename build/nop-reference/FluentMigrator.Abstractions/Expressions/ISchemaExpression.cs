namespace FluentMigrator.Expressions;

public interface ISchemaExpression
{
    string SchemaName { get; set; }
}
