namespace Nop.Plugin.Affiliates.Tracking.Testing.Data;

/// <summary>
/// The database server an engine needs cannot be reached; the test side decides whether that fails or skips a test.
/// </summary>
public class TestDatabaseUnavailableException : Exception
{
    public TestDatabaseUnavailableException(DatabaseEngine engine, string message, Exception innerException)
        : base(message, innerException)
    {
        Engine = engine;
    }

    public DatabaseEngine Engine { get; }
}
