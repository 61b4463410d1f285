using FluentMigrator.Expressions;

namespace FluentMigrator.Infrastructure;

public interface IMigrationContext
{
    IServiceProvider ServiceProvider { get; }

    ICollection<IMigrationExpression> Expressions { get; set; }

    IQuerySchema QuerySchema { get; }

    string Connection { get; set; }
}
