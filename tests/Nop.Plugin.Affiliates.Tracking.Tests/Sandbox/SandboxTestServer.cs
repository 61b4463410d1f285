using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nop.Core.Domain.Orders;
using Nop.Core.Events;
using Nop.Plugin.Affiliates.Tracking.Sandbox;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Data;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;
using Nop.Services.Events;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

/// <summary>
/// A sandbox store on a fresh test database (127.0.0.1, free port) with <see cref="RecordingConsumer{T}"/>s for the
/// order events, plus HTTP clients that keep cookies like a browser.
/// </summary>
public sealed class SandboxTestServer : IAsyncDisposable
{
    private readonly TestDatabase _database;

    private SandboxTestServer(TestDatabase database, SandboxHost host, EventRecorder recorder)
    {
        _database = database;
        Host = host;
        Recorder = recorder;
    }

    public SandboxHost Host { get; }

    public EventRecorder Recorder { get; }

    public Uri BaseAddress => Host.BaseAddress;

    /// <summary>
    /// Starts a sandbox; PostgreSQL unavailable fails the test in CI and skips it elsewhere (see <see cref="TestDatabases"/>).
    /// </summary>
    public static async Task<SandboxTestServer> StartAsync(DatabaseEngine engine)
    {
        var database = await TestDatabases.CreateAsync(engine, options => new SandboxDbContext(options));
        var recorder = new EventRecorder();
        try
        {
            var host = await SandboxHost.StartAsync(new SandboxOptions
            {
                DatabaseEngine = database.Engine,
                ConnectionString = database.ConnectionString,
                Url = "http://127.0.0.1:0",
                Seed = true,
                Clock = new SandboxClock(),
                MinimumLogLevel = LogLevel.Warning,
                ConfigureServices = services => RegisterRecorder(services, recorder)
            });

            return new SandboxTestServer(database, host, recorder);
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public HttpClient CreateClient(CookieContainer cookies = null, bool followRedirects = false)
    {
        var handler = new HttpClientHandler
        {
            CookieContainer = cookies ?? new CookieContainer(),
            UseCookies = true,
            AllowAutoRedirect = followRedirects
        };

        return new HttpClient(handler) { BaseAddress = BaseAddress };
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static void RegisterRecorder(IServiceCollection services, EventRecorder recorder)
    {
        services.AddSingleton(recorder);
        services.AddScoped<IConsumer<OrderPlacedEvent>, RecordingConsumer<OrderPlacedEvent>>();
        services.AddScoped<IConsumer<OrderPaidEvent>, RecordingConsumer<OrderPaidEvent>>();
        services.AddScoped<IConsumer<OrderRefundedEvent>, RecordingConsumer<OrderRefundedEvent>>();
        services.AddScoped<IConsumer<OrderVoidedEvent>, RecordingConsumer<OrderVoidedEvent>>();
        services.AddScoped<IConsumer<OrderAuthorizedEvent>, RecordingConsumer<OrderAuthorizedEvent>>();
        services.AddScoped<IConsumer<OrderStatusChangedEvent>, RecordingConsumer<OrderStatusChangedEvent>>();
        services.AddScoped<IConsumer<EntityInsertedEvent<Order>>, RecordingConsumer<EntityInsertedEvent<Order>>>();
        services.AddScoped<IConsumer<EntityUpdatedEvent<Order>>, RecordingConsumer<EntityUpdatedEvent<Order>>>();
        services.AddScoped<IConsumer<EntityDeletedEvent<Order>>, RecordingConsumer<EntityDeletedEvent<Order>>>();
    }
}
