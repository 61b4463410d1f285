using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nop.Core.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox;

/// <summary>
/// How a sandbox store starts. <c>dotnet run</c> reads these from the "Sandbox" configuration section
/// (plus <c>ConnectionStrings:Sandbox</c>); tests set them directly.
/// </summary>
public sealed class SandboxOptions
{
    public const string SectionName = "Sandbox";

    public const string ConnectionStringName = "Sandbox";

    public const string DefaultUrl = "http://127.0.0.1:5080";

    public DatabaseEngine DatabaseEngine { get; set; } = DatabaseEngine.Sqlite;

    /// <summary>
    /// Null or empty: a SQLite file at App_Data/sandbox.db under the content root.
    /// </summary>
    public string ConnectionString { get; set; }

    /// <summary>
    /// Drops and recreates the sandbox database before starting (SQLite file or PostgreSQL database).
    /// </summary>
    public bool ResetDatabase { get; set; }

    /// <summary>
    /// Kestrel address; must be on 127.0.0.1. Port 0 picks a free port (see <see cref="SandboxHost.BaseAddress"/>).
    /// </summary>
    public string Url { get; set; } = DefaultUrl;

    /// <summary>
    /// Adds the demo admin, shoppers, affiliates, products and template discount (idempotent). The store, language and
    /// customer roles are always created.
    /// </summary>
    public bool Seed { get; set; } = true;

    /// <summary>
    /// Installs the plugin on first start (its InstallAsync, once per database) and inserts its permissions.
    /// </summary>
    public bool InstallPlugin { get; set; } = true;

    /// <summary>
    /// Keeps data-protection keys under App_Data so sign-in cookies survive a restart (dotnet run); in memory otherwise.
    /// </summary>
    public bool PersistDataProtectionKeys { get; set; }

    /// <summary>
    /// The clock every sandbox service uses; a new running clock when null.
    /// </summary>
    public SandboxClock Clock { get; set; }

    /// <summary>
    /// Null: the current directory for <c>dotnet run</c> (the project folder), the test's output folder in tests.
    /// </summary>
    public string ContentRootPath { get; set; }

    public LogLevel MinimumLogLevel { get; set; } = LogLevel.Information;

    /// <summary>
    /// Hook for tests: runs after the sandbox and plugin registrations, so it can add consumers or replace services.
    /// </summary>
    public Action<IServiceCollection> ConfigureServices { get; set; }

    /// <summary>
    /// Which startups (sandbox stand-ins and the plugin's) take part; all when null. Benchmarks leave one out to
    /// measure a pipeline without it.
    /// </summary>
    public Func<INopStartup, bool> IncludeStartup { get; set; }

    /// <summary>
    /// Extra command-line style arguments passed to the host configuration.
    /// </summary>
    public string[] Args { get; set; } = [];
}
