using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nop.Core.Events;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;
using Nop.Services.Events;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Sandbox double of nopCommerce's EventPublisher: resolves every IConsumer&lt;TEvent&gt; from the current scope in
/// registration order and awaits them one after another; a consumer's exception is logged and does not stop the others
/// or the publisher; an IStopProcessingEvent with StopProcessing set ends the loop.
/// </summary>
public class SandboxEventPublisher : IEventPublisher
{
    private readonly SandboxEventLog _eventLog;
    private readonly ILogger<SandboxEventPublisher> _logger;
    private readonly IServiceProvider _serviceProvider;

    public SandboxEventPublisher(SandboxEventLog eventLog, ILogger<SandboxEventPublisher> logger, IServiceProvider serviceProvider)
    {
        _eventLog = eventLog;
        _logger = logger;
        _serviceProvider = serviceProvider;
    }

    public async Task PublishAsync<TEvent>(TEvent @event)
    {
        var sequence = _eventLog.RecordPublished(@event);
        foreach (var consumer in _serviceProvider.GetServices<IConsumer<TEvent>>())
        {
            try
            {
                await consumer.HandleEventAsync(@event);
            }
            catch (Exception exception)
            {
                _logger.LogError(exception, "Consumer {Consumer} failed on {Event}", consumer.GetType().FullName, SandboxEventNames.GetName(typeof(TEvent)));
                _eventLog.RecordFailure(sequence, consumer.GetType(), @event, exception);
            }

            if (@event is IStopProcessingEvent { StopProcessing: true })
                break;
        }
    }

    public void Publish<TEvent>(TEvent @event)
    {
        // nopCommerce's synchronous Publish also blocks on the asynchronous consumers.
        PublishAsync(@event).GetAwaiter().GetResult();
    }
}
