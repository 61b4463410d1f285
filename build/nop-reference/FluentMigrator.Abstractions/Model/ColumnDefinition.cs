using System.ComponentModel.DataAnnotations;
using System.Data;
using FluentMigrator.Infrastructure;

namespace FluentMigrator.Model;

public class ColumnDefinition : ICloneable, IColumnDataType, ISupportAdditionalFeatures, IValidatableObject
{
    public virtual string Name { get; set; }

    public virtual DbType? Type { get; set; }

    public virtual int? Size { get; set; }

    public virtual int? Precision { get; set; }

    public virtual string CustomType { get; set; }

    public virtual object DefaultValue { get; set; } = new UndefinedDefaultValue();

    public virtual bool IsForeignKey { get; set; }

    public virtual bool IsIdentity { get; set; }

    public virtual bool IsIndexed { get; set; }

    public virtual bool IsPrimaryKey { get; set; }

    public virtual string PrimaryKeyName { get; set; }

    public virtual bool? IsNullable { get; set; }

    public virtual bool IsUnique { get; set; }

    public virtual string TableName { get; set; }

    public virtual ColumnModificationType ModificationType { get; set; }

    public virtual string ColumnDescription { get; set; }

    public virtual Dictionary<string, string> AdditionalColumnDescriptions { get; set; } = new Dictionary<string, string>();

    public virtual string CollationName { get; set; }

    public virtual ForeignKeyDefinition ForeignKey { get; set; }

    public IDictionary<string, object> AdditionalFeatures { get; } = new Dictionary<string, object>();

    public virtual object Clone() => throw null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => throw null;

    // Kept although no plugin code names it: the marker DefaultValue starts with, as upstream.
    // apicheck:allow dead-surface
    public sealed class UndefinedDefaultValue
    {
    }
}
