using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;

/// <summary>
/// An affiliate network's postback endpoint for tests: a Kestrel server on 127.0.0.1 (free port) that records every
/// request and answers from a script (status code, or a delay longer than the sender's timeout), then 200.
/// </summary>
public sealed class PostbackReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();
    private readonly ConcurrentQueue<ReceivedPostback> _received = new();

    private PostbackReceiver(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseAddress { get; private set; }

    public IReadOnlyList<ReceivedPostback> Received => _received.ToList();

    /// <summary>
    /// How long every request waits before it is answered (to make concurrent senders overlap).
    /// </summary>
    public TimeSpan Latency { get; set; }

    public static async Task<PostbackReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new PostbackReceiver(app);
        app.Run(receiver.HandleAsync);

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        receiver.BaseAddress = new Uri(address.Replace("localhost", "127.0.0.1"));
        return receiver;
    }

    public void RespondNext(HttpStatusCode statusCode) =>
        _script.Enqueue(context =>
        {
            context.Response.StatusCode = (int)statusCode;
            return Task.CompletedTask;
        });

    public void StallNext(TimeSpan delay) =>
        _script.Enqueue(async context =>
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
            }
        });

    public void Clear()
    {
        _script.Clear();
        _received.Clear();
        Latency = TimeSpan.Zero;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var url = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}";
        var headers = request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);

        if (Latency > TimeSpan.Zero)
            await Task.Delay(Latency);

        var answered = _script.TryDequeue(out var step);
        if (answered)
            await step(context);
        else
            context.Response.StatusCode = StatusCodes.Status200OK;

        _received.Enqueue(new ReceivedPostback(request.Method, url, request.Path, request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()),
            headers, context.Response.StatusCode, DateTimeOffset.UtcNow));
    }
}
