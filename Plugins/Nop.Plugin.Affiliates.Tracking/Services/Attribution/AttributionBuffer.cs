using System.Threading.Channels;

namespace Nop.Plugin.Affiliates.Tracking.Services.Attribution;

/// <summary>
/// Bounded in-memory queue between storefront requests and the database. A request only ever adds to it and never
/// waits: when the queue is full (the database is down or far behind) the capture is dropped and counted.
/// Each web-farm node has its own buffer; the writes are idempotent, so nodes never double-count.
/// </summary>
public class AttributionBuffer
{
    public const int Capacity = 20_000;

    public const int MaxBatchSize = 500;

    /// <summary>
    /// A capture whose batch failed this often is given up, so one bad record cannot block the queue for good.
    /// </summary>
    public const int MaxAttempts = 5;

    private readonly Channel<AttributionCapture> _channel = Channel.CreateBounded<AttributionCapture>(new BoundedChannelOptions(Capacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = false,
        SingleWriter = false
    });

    // One batch is written at a time, so a flush also waits for a batch another caller has already taken.
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    private long _dropped;

    public long DroppedCount => Interlocked.Read(ref _dropped);

    public int Count => _channel.Reader.Count;

    public bool TryAdd(AttributionCapture capture)
    {
        if (_channel.Writer.TryWrite(capture))
            return true;

        Interlocked.Increment(ref _dropped);
        return false;
    }

    public ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken) => _channel.Reader.WaitToReadAsync(cancellationToken);

    /// <summary>
    /// Writes everything queued so far through <paramref name="writeBatchAsync"/>, batch by batch.
    /// A batch that fails is put back (as far as room allows, up to <see cref="MaxAttempts"/> times) and the exception rethrown.
    /// </summary>
    public async Task FlushAsync(Func<IReadOnlyList<AttributionCapture>, Task> writeBatchAsync, CancellationToken cancellationToken = default)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var batch = new List<AttributionCapture>();
                while (batch.Count < MaxBatchSize && _channel.Reader.TryRead(out var capture))
                    batch.Add(capture);

                if (batch.Count == 0)
                    return;

                try
                {
                    await writeBatchAsync(batch);
                }
                catch
                {
                    foreach (var capture in batch)
                    {
                        if (capture.FailedAttempts + 1 < MaxAttempts)
                            TryAdd(capture with { FailedAttempts = capture.FailedAttempts + 1 });
                        else
                            Interlocked.Increment(ref _dropped);
                    }

                    throw;
                }
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }
}
