using System.ComponentModel;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;

/// <summary>
/// Stands in for nopCommerce's TypeConverterRegistrationStartUpTask: list settings (List of int, decimal, string) get
/// comma-separated string converters, so settings and generic attributes store them like nopCommerce.
/// </summary>
public static class SandboxTypeConverters
{
    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1)
            return;

        TypeDescriptor.AddAttributes(typeof(List<int>), new TypeConverterAttribute(typeof(SandboxListTypeConverter<int>)));
        TypeDescriptor.AddAttributes(typeof(List<decimal>), new TypeConverterAttribute(typeof(SandboxListTypeConverter<decimal>)));
        TypeDescriptor.AddAttributes(typeof(List<string>), new TypeConverterAttribute(typeof(SandboxListTypeConverter<string>)));
    }
}
