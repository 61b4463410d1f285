namespace FluentMigrator.Validation;

public interface IValidationChildren
{
    IEnumerable<object> Children { get; }
}
