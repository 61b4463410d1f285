using System.Collections.Concurrent;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

/// <summary>
/// Collects what <see cref="RecordingConsumer{T}"/> instances received, in the order the sandbox published it.
/// </summary>
public sealed class EventRecorder
{
    private readonly ConcurrentQueue<RecordedEvent> _events = new();

    public IReadOnlyList<RecordedEvent> Events => _events.ToArray();

    public void Record(object @event) => _events.Enqueue(RecordedEvent.From(@event));

    /// <summary>
    /// The events about one order, in publishing order.
    /// </summary>
    public IReadOnlyList<RecordedEvent> ForOrder(int orderId) => Events.Where(recorded => recorded.OrderId == orderId).ToList();

    /// <summary>
    /// Names of the events about one order recorded after the first <paramref name="skip"/> of them.
    /// </summary>
    public IReadOnlyList<string> NamesForOrder(int orderId, int skip = 0) => ForOrder(orderId).Skip(skip).Select(recorded => recorded.Name).ToList();
}
