using FluentMigrator;
using FluentMigrator.Expressions;
using FluentMigrator.Infrastructure;

namespace Nop.Plugin.Affiliates.Tracking.Testing.Data;

/// <summary>
/// A migration context that only collects expressions, so the index expressions an entity builder's
/// <c>Unique(name)</c> / <c>Indexed(name)</c> calls add (with their names) can be read back.
/// </summary>
public sealed class RecordingMigrationContext : IMigrationContext
{
    public IServiceProvider ServiceProvider => null;

    public ICollection<IMigrationExpression> Expressions { get; set; } = new List<IMigrationExpression>();

    public IQuerySchema QuerySchema => null;

    public string Connection { get; set; }
}
