using Nop.Services.Events;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

/// <summary>
/// A test consumer the sandbox resolves like any nopCommerce consumer; it only records what it receives.
/// </summary>
public sealed class RecordingConsumer<T> : IConsumer<T>
{
    private readonly EventRecorder _recorder;

    public RecordingConsumer(EventRecorder recorder)
    {
        _recorder = recorder;
    }

    public Task HandleEventAsync(T eventMessage)
    {
        _recorder.Record(eventMessage);
        return Task.CompletedTask;
    }
}
