using System.Collections.Concurrent;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Attribution;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Attribution;

[TestFixture]
public class AttributionBufferTests
{
    private static readonly DateTime ClickedOnUtc = new(2026, 5, 1, 10, 0, 0, DateTimeKind.Utc);

    private static AttributionCapture Capture(int affiliateId) =>
        new(CaptureKind.Click, new AttributionTicket(Guid.NewGuid(), affiliateId, 0, ClickedOnUtc));

    private static List<AttributionCapture> Fill(AttributionBuffer buffer, int count)
    {
        var captures = Enumerable.Range(1, count).Select(Capture).ToList();
        foreach (var capture in captures)
            Assert.That(buffer.TryAdd(capture), Is.True);
        return captures;
    }

    [Test]
    public void TryAdd_UntilCapacity_AcceptsEverything()
    {
        var buffer = new AttributionBuffer();

        var accepted = Enumerable.Range(1, AttributionBuffer.Capacity).Count(i => buffer.TryAdd(Capture(i)));

        Assert.That(accepted, Is.EqualTo(AttributionBuffer.Capacity));
        Assert.That(buffer.Count, Is.EqualTo(AttributionBuffer.Capacity));
        Assert.That(buffer.DroppedCount, Is.Zero);
    }

    [Test]
    public void TryAdd_BufferFull_ReturnsFalseAndCountsEveryDrop()
    {
        var buffer = new AttributionBuffer();
        Fill(buffer, AttributionBuffer.Capacity);

        var first = buffer.TryAdd(Capture(1));
        var second = buffer.TryAdd(Capture(2));

        Assert.That(first, Is.False);
        Assert.That(second, Is.False);
        Assert.That(buffer.DroppedCount, Is.EqualTo(2));
        Assert.That(buffer.Count, Is.EqualTo(AttributionBuffer.Capacity));
    }

    [Test]
    public async Task FlushAsync_MoreThanOneBatch_WritesBatchesOfAtMostMaxBatchSizeInOrder()
    {
        var buffer = new AttributionBuffer();
        var captures = Fill(buffer, AttributionBuffer.MaxBatchSize * 2 + 7);
        var batches = new List<List<AttributionCapture>>();

        await buffer.FlushAsync(batch => { batches.Add(batch.ToList()); return Task.CompletedTask; });

        Assert.That(batches.Select(b => b.Count), Is.EqualTo(new[] { AttributionBuffer.MaxBatchSize, AttributionBuffer.MaxBatchSize, 7 }));
        Assert.That(batches.SelectMany(b => b), Is.EqualTo(captures));
        Assert.That(buffer.Count, Is.Zero);
    }

    [Test]
    public async Task FlushAsync_Empty_DoesNotCallWriter()
    {
        var buffer = new AttributionBuffer();
        var calls = 0;

        await buffer.FlushAsync(_ => { calls++; return Task.CompletedTask; });

        Assert.That(calls, Is.Zero);
    }

    [Test]
    public async Task FlushAsync_WriteFails_PutsBatchBackWithAttemptCountAndRethrows()
    {
        var buffer = new AttributionBuffer();
        var captures = Fill(buffer, 3);

        var exception = Assert.ThrowsAsync<InvalidOperationException>(() => buffer.FlushAsync(_ => throw new InvalidOperationException("database down")));

        Assert.That(exception.Message, Is.EqualTo("database down"));
        Assert.That(buffer.Count, Is.EqualTo(3));
        Assert.That(buffer.DroppedCount, Is.Zero);

        var written = new List<AttributionCapture>();
        await buffer.FlushAsync(batch => { written.AddRange(batch); return Task.CompletedTask; });
        Assert.That(written.Select(c => c.Ticket), Is.EqualTo(captures.Select(c => c.Ticket)));
        Assert.That(written.Select(c => c.FailedAttempts), Is.All.EqualTo(1));
    }

    [Test]
    public void FlushAsync_SecondBatchFails_KeepsFirstBatchWrittenAndOnlySecondPutBack()
    {
        var buffer = new AttributionBuffer();
        Fill(buffer, AttributionBuffer.MaxBatchSize + 10);
        var calls = 0;

        Assert.ThrowsAsync<InvalidOperationException>(() => buffer.FlushAsync(_ =>
            ++calls == 2 ? throw new InvalidOperationException("second batch fails") : Task.CompletedTask));

        Assert.That(calls, Is.EqualTo(2));
        Assert.That(buffer.Count, Is.EqualTo(10));
    }

    [Test]
    public async Task FlushAsync_CaptureFailsMaxAttemptsTimes_IsDroppedAndCounted()
    {
        var buffer = new AttributionBuffer();
        var capture = Capture(1);
        buffer.TryAdd(capture);
        var attempts = 0;

        for (var i = 1; i < AttributionBuffer.MaxAttempts; i++)
        {
            Assert.ThrowsAsync<InvalidOperationException>(() => buffer.FlushAsync(_ => { attempts++; throw new InvalidOperationException(); }));
            Assert.That(buffer.Count, Is.EqualTo(1), $"kept after failure {i}");
            Assert.That(buffer.DroppedCount, Is.Zero);
        }

        Assert.ThrowsAsync<InvalidOperationException>(() => buffer.FlushAsync(_ => { attempts++; throw new InvalidOperationException(); }));

        Assert.That(attempts, Is.EqualTo(AttributionBuffer.MaxAttempts));
        Assert.That(buffer.Count, Is.Zero);
        Assert.That(buffer.DroppedCount, Is.EqualTo(1));
        await buffer.FlushAsync(_ => { attempts++; return Task.CompletedTask; });
        Assert.That(attempts, Is.EqualTo(AttributionBuffer.MaxAttempts), "nothing left to write");
    }

    [Test]
    public void FlushAsync_FailedBatchDoesNotFitBack_CountsTheOverflowAsDropped()
    {
        var buffer = new AttributionBuffer();
        Fill(buffer, 10);

        // While the batch is being written, requests fill the queue up again.
        Assert.ThrowsAsync<InvalidOperationException>(() => buffer.FlushAsync(_ =>
        {
            Fill(buffer, AttributionBuffer.Capacity - 4);
            throw new InvalidOperationException();
        }));

        Assert.That(buffer.Count, Is.EqualTo(AttributionBuffer.Capacity));
        Assert.That(buffer.DroppedCount, Is.EqualTo(6));
    }

    [Test]
    public async Task FlushAsync_TwoConcurrentFlushes_WriteEveryCaptureExactlyOnce()
    {
        var buffer = new AttributionBuffer();
        var captures = Fill(buffer, AttributionBuffer.MaxBatchSize * 4 + 3);
        var written = new ConcurrentBag<AttributionCapture>();

        async Task Write(IReadOnlyList<AttributionCapture> batch)
        {
            await Task.Delay(10);
            foreach (var capture in batch)
                written.Add(capture);
        }

        await Task.WhenAll(Task.Run(() => buffer.FlushAsync(Write)), Task.Run(() => buffer.FlushAsync(Write)));

        Assert.That(written, Has.Count.EqualTo(captures.Count));
        Assert.That(written.Select(c => c.Ticket.VisitorId), Is.Unique);
        Assert.That(written.Select(c => c.Ticket.VisitorId), Is.EquivalentTo(captures.Select(c => c.Ticket.VisitorId)));
    }

    [Test]
    public async Task FlushAsync_TwoConcurrentFlushes_NeverWriteTwoBatchesAtOnce()
    {
        var buffer = new AttributionBuffer();
        Fill(buffer, AttributionBuffer.MaxBatchSize * 4);
        var running = 0;
        var maxRunning = 0;

        async Task Write(IReadOnlyList<AttributionCapture> batch)
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref maxRunning, now);
            await Task.Delay(20);
            Interlocked.Decrement(ref running);
        }

        await Task.WhenAll(Task.Run(() => buffer.FlushAsync(Write)), Task.Run(() => buffer.FlushAsync(Write)));

        Assert.That(maxRunning, Is.EqualTo(1));
        Assert.That(buffer.Count, Is.Zero);
    }

    [Test]
    public async Task WaitToReadAsync_CaptureAdded_Completes()
    {
        var buffer = new AttributionBuffer();
        var waiting = buffer.WaitToReadAsync(CancellationToken.None).AsTask();
        Assert.That(waiting.IsCompleted, Is.False);

        buffer.TryAdd(Capture(1));

        Assert.That(await waiting.WaitAsync(TimeSpan.FromSeconds(5)), Is.True);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
