using Autofac.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Nop.Core.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Data;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure.Startups;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Services;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Npgsql;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox;

/// <summary>
/// A running sandbox store: Kestrel on 127.0.0.1, Autofac as the container, the plugin's INopStartup and IRouteProvider
/// classes wired in nopCommerce's order next to the sandbox's stand-ins for the core startups. Tests start one in-process
/// with <see cref="StartAsync"/>; <c>dotnet run</c> does the same from Program.
/// </summary>
public sealed class SandboxHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private bool _disposed;

    private SandboxHost(WebApplication app, Uri baseAddress, SandboxDatabase database, SandboxClock clock, SandboxEventLog eventLog,
        IReadOnlyList<INopStartup> startups)
    {
        _app = app;
        BaseAddress = baseAddress;
        Database = database;
        Clock = clock;
        EventLog = eventLog;
        Startups = startups;
    }

    /// <summary>
    /// The bound address, e.g. http://127.0.0.1:5080/ (always ending with "/").
    /// </summary>
    public Uri BaseAddress { get; }

    public IServiceProvider Services => _app.Services;

    public SandboxDatabase Database { get; }

    public SandboxClock Clock { get; }

    public SandboxEventLog EventLog { get; }

    /// <summary>
    /// Every INopStartup (sandbox stand-ins and the plugin's) in the order ConfigureServices and Configure ran.
    /// </summary>
    public IReadOnlyList<INopStartup> Startups { get; }

    public static async Task<SandboxHost> StartAsync(SandboxOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var url = ValidateUrl(options.Url);
        SandboxTypeConverters.Register();
        var contentRoot = Path.GetFullPath(options.ContentRootPath ?? AppContext.BaseDirectory);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = options.Args,
            ApplicationName = typeof(SandboxHost).Assembly.GetName().Name,
            ContentRootPath = contentRoot,
            EnvironmentName = "Sandbox"
        });
        builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory());
        builder.WebHost.UseKestrel().UseUrls(url);
        builder.Logging.SetMinimumLevel(options.MinimumLogLevel);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // No wwwroot and unencrypted keys are expected in a sandbox.
        builder.Logging.AddFilter("Microsoft.AspNetCore.StaticFiles", LogLevel.Error);
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);

        var database = SandboxDatabase.FromOptions(options, contentRoot);
        var clock = options.Clock ?? new SandboxClock();
        var eventLog = new SandboxEventLog();
        var keysPath = options.PersistDataProtectionKeys ? Path.Combine(contentRoot, "App_Data", "DataProtectionKeys") : null;

        var startups = CreateStartups(database, clock, eventLog, keysPath).Where(options.IncludeStartup ?? (_ => true)).ToList();
        foreach (var startup in startups)
            startup.ConfigureServices(builder.Services, builder.Configuration);

        options.ConfigureServices?.Invoke(builder.Services);
        // The sandbox clock is the only clock, even if the plugin registered a TimeProvider of its own.
        builder.Services.AddSingleton<TimeProvider>(clock);

        var app = builder.Build();
        foreach (var startup in startups)
            startup.Configure(app);

        try
        {
            await database.EnsureSchemaAsync(options.ResetDatabase, app.Logger, cancellationToken);
            await SandboxSeeder.SeedAsync(app.Services, options.Seed, cancellationToken);
            if (options.InstallPlugin)
                await SandboxPluginInstaller.InstallAsync(app.Services, app.Logger);

            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? url;
        var baseAddress = new Uri(address.TrimEnd('/') + "/");
        app.Services.GetRequiredService<SandboxStoreUrl>().Value = baseAddress.ToString();

        return new SandboxHost(app, baseAddress, database, clock, eventLog, startups);
    }

    /// <summary>
    /// Runs <paramref name="action"/> in a new DI scope, like a request or a background task would.
    /// </summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
            return;

        _disposed = true;
        await _app.StopAsync();
        await _app.DisposeAsync();

        if (Database.Engine == DatabaseEngine.Sqlite)
            SqliteConnection.ClearAllPools();
        else
            NpgsqlConnection.ClearAllPools();
    }

    private static IReadOnlyList<INopStartup> CreateStartups(SandboxDatabase database, SandboxClock clock, SandboxEventLog eventLog, string keysPath)
    {
        var sandboxStartups = new List<INopStartup>
        {
            new SandboxErrorHandlerStartup(),
            new SandboxDbStartup(database),
            new SandboxStaticFilesStartup(),
            new SandboxCommonStartup(keysPath),
            new SandboxRoutingStartup(),
            new SandboxAuthenticationStartup(),
            new SandboxAuthorizationStartup(),
            new SandboxEndpointsStartup(),
            new SandboxMvcStartup(),
            new SandboxServicesStartup(clock, eventLog)
        };

        // Like NopEngine: the plugin's startups are created with Activator (no DI) and everything runs ordered by Order;
        // on equal Order the sandbox's stand-ins for the core startups come first.
        var pluginStartups = SandboxPluginTypes.FindClassesOfType<INopStartup>().Select(type => (INopStartup)Activator.CreateInstance(type));

        return sandboxStartups.Concat(pluginStartups).OrderBy(startup => startup.Order).ToList();
    }

    private static string ValidateUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host != "127.0.0.1" || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"The sandbox listens on 127.0.0.1 only; '{url}' is not an http(s)://127.0.0.1:<port> address.", nameof(url));

        return $"{uri.Scheme}://127.0.0.1:{uri.Port}";
    }
}
