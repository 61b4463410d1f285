using System.Collections.Concurrent;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;

/// <summary>
/// What the sandbox event publisher saw: every published event in order, and every exception a consumer threw
/// (nopCommerce logs and swallows those, so without this a failing consumer would go unnoticed).
/// </summary>
public sealed class SandboxEventLog
{
    private readonly ConcurrentQueue<SandboxPublishedEvent> _events = new();
    private readonly ConcurrentQueue<SandboxConsumerFailure> _failures = new();
    private long _sequence;

    public IReadOnlyList<SandboxPublishedEvent> Events => _events.ToArray();

    public IReadOnlyList<SandboxConsumerFailure> Failures => _failures.ToArray();

    public long RecordPublished(object @event)
    {
        var sequence = Interlocked.Increment(ref _sequence);
        _events.Enqueue(new SandboxPublishedEvent(sequence, SandboxEventNames.GetName(@event.GetType()), SandboxEventNames.Describe(@event)));
        return sequence;
    }

    public void RecordFailure(long eventSequence, Type consumerType, object @event, Exception exception) =>
        _failures.Enqueue(new SandboxConsumerFailure(eventSequence, consumerType.FullName, SandboxEventNames.GetName(@event.GetType()), exception.ToString()));
}
