namespace FluentMigrator;

public interface IQuerySchema
{
    string DatabaseType { get; }

    IList<string> DatabaseTypeAliases { get; }

    bool SchemaExists(string schemaName);

    bool TableExists(string schemaName, string tableName);

    bool ColumnExists(string schemaName, string tableName, string columnName);

    bool ConstraintExists(string schemaName, string tableName, string constraintName);

    bool IndexExists(string schemaName, string tableName, string indexName);

    bool SequenceExists(string schemaName, string sequenceName);

    bool DefaultValueExists(string schemaName, string tableName, string columnName, object defaultValue);
}
