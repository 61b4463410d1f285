using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Attribution;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Attribution;

[TestFixture]
public class AttributionBufferWriterTests
{
    private static readonly DateTime ClickedOnUtc = new(2026, 5, 1, 10, 0, 0, DateTimeKind.Utc);

    private AttributionBuffer _buffer;
    private RecordingLog _log;
    private ServiceProvider _services;
    private AttributionBufferWriter _writer;

    [SetUp]
    public void SetUp()
    {
        _buffer = new AttributionBuffer();
        _log = new RecordingLog();
        _services = new ServiceCollection()
            .AddSingleton(_buffer)
            .AddSingleton(_log)
            .AddScoped<IAttributionRecordingService, RecordingService>()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        _writer = new AttributionBufferWriter(_buffer, NullLogger<AttributionBufferWriter>.Instance, _services.GetRequiredService<IServiceScopeFactory>());
    }

    [TearDown]
    public async Task TearDownAsync()
    {
        _writer.Dispose();
        await _services.DisposeAsync();
    }

    private List<AttributionCapture> Add(int count)
    {
        var captures = Enumerable.Range(1, count)
            .Select(i => new AttributionCapture(CaptureKind.Click, new AttributionTicket(Guid.NewGuid(), i, 0, ClickedOnUtc)))
            .ToList();
        foreach (var capture in captures)
            _buffer.TryAdd(capture);
        return captures;
    }

    [Test]
    public async Task StopAsync_CapturesStillQueued_WritesThemBeforeReturning()
    {
        var captures = Add(3);

        await _writer.StopAsync(CancellationToken.None);

        Assert.That(_log.Written.Select(c => c.Ticket), Is.EqualTo(captures.Select(c => c.Ticket)));
        Assert.That(_buffer.Count, Is.Zero);
        Assert.That(_log.Scopes, Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public async Task StopAsync_AfterStart_WritesWhatArrivedJustBeforeShutdownExactlyOnce()
    {
        await _writer.StartAsync(CancellationToken.None);
        var captures = Add(AttributionBuffer.MaxBatchSize + 5);

        await _writer.StopAsync(CancellationToken.None);

        Assert.That(_log.Written, Has.Count.EqualTo(captures.Count));
        Assert.That(_log.Written.Select(c => c.Ticket.VisitorId), Is.Unique);
        Assert.That(_buffer.Count, Is.Zero);
    }

    [Test]
    public async Task StopAsync_WriteFailsOnce_RetriesAndWritesEverything()
    {
        var captures = Add(2);
        _log.FailuresLeft = 1;

        await _writer.StopAsync(CancellationToken.None);

        Assert.That(_log.Written.Select(c => c.Ticket), Is.EquivalentTo(captures.Select(c => c.Ticket)));
        Assert.That(_buffer.Count, Is.Zero);
    }

    [Test]
    public async Task StopAsync_WriteKeepsFailing_GivesUpAfterMaxAttemptsWithoutThrowing()
    {
        Add(1);
        _log.FailuresLeft = int.MaxValue;

        await _writer.StopAsync(CancellationToken.None);

        Assert.That(_log.Attempts, Is.EqualTo(AttributionBuffer.MaxAttempts));
        Assert.That(_log.Written, Is.Empty);
        Assert.That(_buffer.Count, Is.Zero);
        Assert.That(_buffer.DroppedCount, Is.EqualTo(1));
    }

    [Test]
    public async Task ExecuteAsync_CaptureAdded_WritesItInTheBackground()
    {
        await _writer.StartAsync(CancellationToken.None);
        var capture = Add(1).Single();

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (_log.Written.IsEmpty && DateTime.UtcNow < deadline)
            await Task.Delay(20);

        Assert.That(_log.Written.Select(c => c.Ticket), Is.EqualTo(new[] { capture.Ticket }));
        await _writer.StopAsync(CancellationToken.None);
        Assert.That(_log.Written, Has.Count.EqualTo(1));
    }

    private sealed class RecordingLog
    {
        private int _attempts;
        private int _scopes;

        public ConcurrentQueue<AttributionCapture> Written { get; } = new();

        public int FailuresLeft;

        public int Attempts => Volatile.Read(ref _attempts);

        public int Scopes => Volatile.Read(ref _scopes);

        public void ScopeCreated() => Interlocked.Increment(ref _scopes);

        public Task WriteAsync(IReadOnlyList<AttributionCapture> batch)
        {
            Interlocked.Increment(ref _attempts);
            if (Interlocked.Decrement(ref FailuresLeft) >= 0)
                throw new InvalidOperationException("database down");

            foreach (var capture in batch)
                Written.Enqueue(capture);
            return Task.CompletedTask;
        }
    }

    /// <summary>
    /// The scoped recording service the writer resolves; it writes the buffer into the shared log.
    /// </summary>
    private sealed class RecordingService : IAttributionRecordingService
    {
        private readonly AttributionBuffer _buffer;
        private readonly RecordingLog _log;

        public RecordingService(AttributionBuffer buffer, RecordingLog log)
        {
            _buffer = buffer;
            _log = log;
            _log.ScopeCreated();
        }

        public Task SaveAsync(IReadOnlyList<AttributionCapture> captures) => _log.WriteAsync(captures);

        public Task FlushBufferAsync() => _buffer.FlushAsync(SaveAsync);
    }
}
