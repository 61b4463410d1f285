namespace FluentMigrator.Builders.Create.Index;

public interface ICreateIndexOnColumnOrInSchemaSyntax : ICreateIndexOnColumnSyntax
{
    ICreateIndexOnColumnSyntax InSchema(string schemaName);
}
