namespace FluentMigrator.Model;

public enum ColumnModificationType
{
    Create,
    Alter
}
