using System.ComponentModel.DataAnnotations;
using System.Data;

namespace FluentMigrator.Model;

// Kept although no plugin code names it: type of ColumnDefinition.ForeignKey and the builder's CurrentForeignKey.
// apicheck:allow dead-surface
public class ForeignKeyDefinition : ICloneable, IValidatableObject
{
    public virtual string Name { get; set; }

    public virtual string ForeignTable { get; set; }

    public virtual string ForeignTableSchema { get; set; }

    public virtual string PrimaryTable { get; set; }

    public virtual string PrimaryTableSchema { get; set; }

    public virtual Rule OnDelete { get; set; }

    public virtual Rule OnUpdate { get; set; }

    public virtual ICollection<string> ForeignColumns { get; set; } = new List<string>();

    public virtual ICollection<string> PrimaryColumns { get; set; } = new List<string>();

    public object Clone() => throw null;

    public bool HasForeignAndPrimaryColumnsDefined() => throw null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => throw null;
}
