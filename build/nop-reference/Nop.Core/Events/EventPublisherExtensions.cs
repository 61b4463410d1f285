namespace Nop.Core.Events;

public static class EventPublisherExtensions
{
    public static Task EntityInsertedAsync<T>(this IEventPublisher eventPublisher, T entity) where T : BaseEntity => throw null;
    public static void EntityInserted<T>(this IEventPublisher eventPublisher, T entity) where T : BaseEntity => throw null;
    public static Task EntityUpdatedAsync<T>(this IEventPublisher eventPublisher, T entity) where T : BaseEntity => throw null;
    public static void EntityUpdated<T>(this IEventPublisher eventPublisher, T entity) where T : BaseEntity => throw null;
    public static Task EntityDeletedAsync<T>(this IEventPublisher eventPublisher, T entity) where T : BaseEntity => throw null;
    public static void EntityDeleted<T>(this IEventPublisher eventPublisher, T entity) where T : BaseEntity => throw null;
}
