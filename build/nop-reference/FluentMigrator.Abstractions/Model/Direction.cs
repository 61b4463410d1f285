namespace FluentMigrator.Model;

public enum Direction
{
    Ascending = 0,
    Descending = 1
}
