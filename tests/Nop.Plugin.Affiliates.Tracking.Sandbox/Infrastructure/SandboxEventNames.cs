using Nop.Core;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;

/// <summary>
/// Readable names for events in the sandbox event log and API.
/// </summary>
public static class SandboxEventNames
{
    public static string GetName(Type type)
    {
        if (!type.IsGenericType)
            return type.Name;

        var name = type.Name[..type.Name.IndexOf('`')];
        return $"{name}<{string.Join(",", type.GetGenericArguments().Select(GetName))}>";
    }

    /// <summary>
    /// "Order 12" for events with an Order, "Customer 3" for entity events, else empty.
    /// </summary>
    public static string Describe(object @event)
    {
        var type = @event.GetType();
        var subject = type.GetProperty("Order")?.GetValue(@event) as BaseEntity
            ?? type.GetProperty("Entity")?.GetValue(@event) as BaseEntity;

        return subject == null ? string.Empty : $"{subject.GetType().Name} {subject.Id}";
    }
}
