namespace Nop.Plugin.Affiliates.Tracking.Testing.Data;

public enum DatabaseEngine
{
    Sqlite,
    PostgreSql
}
