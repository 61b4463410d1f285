namespace FluentMigrator.Model;

// Kept although no plugin code names it: type of IndexColumnDefinition.Direction, which the recording builder fills.
// apicheck:allow dead-surface
public enum Direction
{
    Ascending = 0,
    Descending = 1
}
