using System.Text.Json;
using Nop.Services.Plugins;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;

/// <summary>
/// What the sandbox knows about the one plugin it loads: its IPlugin class and a descriptor read from plugin.json
/// (embedded into the sandbox at build time). Sandbox stand-in for nopCommerce's PluginsInfo.
/// </summary>
public sealed class SandboxPluginRegistry
{
    /// <summary>
    /// Setting that lists the system names of installed plugins (comma-separated), like nopCommerce's plugins.json.
    /// </summary>
    public const string InstalledPluginsSettingKey = "sandbox.installedplugins";

    private const string DescriptorResourceName = "Nop.Plugin.Affiliates.Tracking.Sandbox.plugin.json";

    public SandboxPluginRegistry()
    {
        PluginType = SandboxPluginTypes.FindClassesOfType<IPlugin>().SingleOrDefault()
            ?? throw new InvalidOperationException($"No IPlugin class found in {SandboxPluginTypes.PluginAssembly.GetName().Name}.");
        Descriptor = ReadDescriptor(PluginType);
    }

    public Type PluginType { get; }

    public PluginDescriptor Descriptor { get; }

    public string SystemName => Descriptor.SystemName;

    private static PluginDescriptor ReadDescriptor(Type pluginType)
    {
        var descriptor = new PluginDescriptor
        {
            SystemName = AffiliateTrackingDefaults.SystemName,
            FriendlyName = AffiliateTrackingDefaults.SystemName,
            PluginType = pluginType,
            ReferencedAssembly = pluginType.Assembly,
            AssemblyFileName = pluginType.Assembly.GetName().Name + ".dll"
        };

        using var stream = typeof(SandboxPluginRegistry).Assembly.GetManifestResourceStream(DescriptorResourceName);
        if (stream == null)
            return descriptor;

        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        descriptor.SystemName = GetString(root, "SystemName") ?? descriptor.SystemName;
        descriptor.FriendlyName = GetString(root, "FriendlyName") ?? descriptor.FriendlyName;
        descriptor.Group = GetString(root, "Group");
        descriptor.Version = GetString(root, "Version");
        descriptor.Author = GetString(root, "Author");
        descriptor.Description = GetString(root, "Description");
        descriptor.AssemblyFileName = GetString(root, "FileName") ?? descriptor.AssemblyFileName;
        if (root.TryGetProperty("DisplayOrder", out var order) && order.ValueKind == JsonValueKind.Number)
            descriptor.DisplayOrder = order.GetInt32();
        if (root.TryGetProperty("SupportedVersions", out var versions) && versions.ValueKind == JsonValueKind.Array)
            descriptor.SupportedVersions = versions.EnumerateArray().Select(version => version.GetString()).ToList();

        return descriptor;
    }

    private static string GetString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
