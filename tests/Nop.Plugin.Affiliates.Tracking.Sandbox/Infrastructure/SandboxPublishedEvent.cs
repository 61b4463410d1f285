namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;

/// <param name="Sequence">Position in publishing order, from 1.</param>
/// <param name="Name">Event type name, generic arguments included, e.g. EntityInsertedEvent&lt;Order&gt;.</param>
/// <param name="Subject">What the event is about, e.g. "Order 12" (may be empty).</param>
public sealed record SandboxPublishedEvent(long Sequence, string Name, string Subject);
