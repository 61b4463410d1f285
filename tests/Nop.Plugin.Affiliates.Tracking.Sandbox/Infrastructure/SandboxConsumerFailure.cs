namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;

public sealed record SandboxConsumerFailure(long EventSequence, string Consumer, string EventName, string Exception);
