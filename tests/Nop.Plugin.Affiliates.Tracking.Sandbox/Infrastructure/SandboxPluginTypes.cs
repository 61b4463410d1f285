using System.Reflection;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;

/// <summary>
/// Sandbox stand-in for nopCommerce's ITypeFinder, limited to the one plugin the sandbox loads.
/// </summary>
public static class SandboxPluginTypes
{
    public static Assembly PluginAssembly => typeof(AffiliateTrackingDefaults).Assembly;

    /// <summary>
    /// Concrete classes of the plugin assembly assignable to <typeparamref name="T"/>, like FindClassesOfType&lt;T&gt;().
    /// </summary>
    public static IReadOnlyList<Type> FindClassesOfType<T>() => FindClassesOfType(typeof(T));

    public static IReadOnlyList<Type> FindClassesOfType(Type assignableTo) =>
        GetLoadableTypes(PluginAssembly)
            .Where(type => type.IsClass && !type.IsAbstract && !type.IsGenericTypeDefinition && assignableTo.IsAssignableFrom(type))
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Concrete classes of the plugin assembly with their closed interfaces of an open generic interface (e.g. IConsumer&lt;&gt;).
    /// </summary>
    public static IEnumerable<(Type Implementation, Type Service)> FindImplementationsOfOpenGeneric(Type openGenericInterface) =>
        GetLoadableTypes(PluginAssembly)
            .Where(type => type.IsClass && !type.IsAbstract && !type.IsGenericTypeDefinition)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .SelectMany(type => type.GetInterfaces()
                .Where(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == openGenericInterface)
                .Select(service => (type, service)));

    private static IEnumerable<Type> GetLoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            return exception.Types.Where(type => type != null);
        }
    }
}
