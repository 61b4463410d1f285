using System.ComponentModel.DataAnnotations;
using FluentMigrator.Infrastructure;
using FluentMigrator.Validation;

namespace FluentMigrator.Model;

public class IndexDefinition : ICloneable, ISupportAdditionalFeatures, IValidatableObject, IValidationChildren
{
    private readonly IDictionary<string, object> _additionalFeatures = new Dictionary<string, object>();

    public virtual string Name { get; set; }

    public virtual string SchemaName { get; set; }

    public virtual string TableName { get; set; }

    public virtual bool IsUnique { get; set; }

    public bool IsClustered { get; set; }

    public virtual ICollection<IndexColumnDefinition> Columns { get; set; } = new List<IndexColumnDefinition>();

    public virtual IDictionary<string, object> AdditionalFeatures => _additionalFeatures;

    IEnumerable<object> IValidationChildren.Children => throw null;

    public object Clone() => throw null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => throw null;
}
