namespace Nop.Core.Events;

public partial interface IEventPublisher
{
    Task PublishAsync<TEvent>(TEvent @event);
    void Publish<TEvent>(TEvent @event);
}
