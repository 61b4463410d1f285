using Nop.Plugin.Affiliates.Tracking.Services.Attribution;

namespace Nop.Plugin.Affiliates.Tracking.Benchmarks;

/// <summary>
/// Test double for the wrk benchmark's third store: empties the buffer without writing anything, so a share link
/// there measures the request path alone, apart from the database work the real service does on the same cores.
/// </summary>
public sealed class DiscardingAttributionRecordingService : IAttributionRecordingService
{
    private readonly AttributionBuffer _buffer;

    public DiscardingAttributionRecordingService(AttributionBuffer buffer)
    {
        _buffer = buffer;
    }

    public Task SaveAsync(IReadOnlyList<AttributionCapture> captures) => Task.CompletedTask;

    public Task FlushBufferAsync() => _buffer.FlushAsync(SaveAsync);
}
