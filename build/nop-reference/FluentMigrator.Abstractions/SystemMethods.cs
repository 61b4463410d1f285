namespace FluentMigrator;

public enum SystemMethods
{
    NewGuid,
    NewSequentialId,
    CurrentDateTime,
    CurrentDateTimeOffset,
    CurrentUTCDateTime,
    CurrentUser,
}
