namespace FluentMigrator;

// Kept although no plugin code names it: part of the column syntax the builder implements (WithDefault).
// apicheck:allow dead-surface
public enum SystemMethods
{
    NewGuid,
    NewSequentialId,
    CurrentDateTime,
    CurrentDateTimeOffset,
    CurrentUTCDateTime,
    CurrentUser,
}
