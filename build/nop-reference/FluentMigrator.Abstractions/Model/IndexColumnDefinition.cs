using FluentMigrator.Infrastructure;

namespace FluentMigrator.Model;

public class IndexColumnDefinition : ICloneable, ISupportAdditionalFeatures
{
    public virtual string Name { get; set; }

    public virtual Direction Direction { get; set; }

    public virtual IDictionary<string, object> AdditionalFeatures { get; } = new Dictionary<string, object>();

    public object Clone() => throw null;
}
