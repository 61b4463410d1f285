using FluentMigrator.Infrastructure;

namespace FluentMigrator;

public interface IMigration
{
    string ConnectionString { get; }

    void GetUpExpressions(IMigrationContext context);

    void GetDownExpressions(IMigrationContext context);
}
