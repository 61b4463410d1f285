using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Nop.Plugin.Affiliates.Tracking.Services.Attribution;

/// <summary>
/// Background writer of the <see cref="AttributionBuffer"/>: waits for captures, gathers them briefly into a batch and
/// writes them in a fresh scope; on shutdown it writes what is left before the process ends.
/// </summary>
public class AttributionBufferWriter : BackgroundService
{
    private static readonly TimeSpan GatherDelay = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    private readonly AttributionBuffer _buffer;
    private readonly ILogger<AttributionBufferWriter> _logger;
    private readonly IServiceScopeFactory _scopeFactory;

    public AttributionBufferWriter(AttributionBuffer buffer, ILogger<AttributionBufferWriter> logger, IServiceScopeFactory scopeFactory)
    {
        _buffer = buffer;
        _logger = logger;
        _scopeFactory = scopeFactory;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _buffer.WaitToReadAsync(stoppingToken))
            {
                await Task.Delay(GatherDelay, stoppingToken);
                if (!await TryFlushAsync())
                    await Task.Delay(RetryDelay, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);

        // Requests may have added captures until the server stopped; write them now rather than lose them.
        for (var attempt = 0; attempt < AttributionBuffer.MaxAttempts && _buffer.Count > 0; attempt++)
            await TryFlushAsync();

        if (_buffer.Count > 0 || _buffer.DroppedCount > 0)
            _logger.LogWarning("Affiliate tracking: {Left} attribution records were not written at shutdown; {Dropped} were dropped since start.",
                _buffer.Count, _buffer.DroppedCount);
    }

    private async Task<bool> TryFlushAsync()
    {
        try
        {
            await using var scope = _scopeFactory.CreateAsyncScope();
            var recorder = scope.ServiceProvider.GetRequiredService<IAttributionRecordingService>();
            await recorder.FlushBufferAsync();
            return true;
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "Affiliate tracking: writing {Count} buffered attribution records failed; they will be retried.", _buffer.Count);
            return false;
        }
    }
}
