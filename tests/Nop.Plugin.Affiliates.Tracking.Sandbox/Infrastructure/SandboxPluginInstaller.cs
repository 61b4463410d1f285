using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nop.Services.Configuration;
using Nop.Services.Plugins;
using Nop.Services.Security;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;

/// <summary>
/// Installs the plugin once per database, like nopCommerce's plugin service: the plugin class is created from a scope
/// with its dependencies (ResolveUnregistered), InstallAsync runs, and the system name is recorded in
/// <see cref="SandboxPluginRegistry.InstalledPluginsSettingKey"/>. Then, on every start, the permissions of the plugin's
/// IPermissionConfigManager are inserted, as nopCommerce does at startup.
/// </summary>
public static class SandboxPluginInstaller
{
    public static async Task InstallAsync(IServiceProvider services, ILogger logger)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var registry = provider.GetRequiredService<SandboxPluginRegistry>();
        var settingService = provider.GetRequiredService<ISettingService>();

        var installed = (await settingService.GetSettingByKeyAsync<string>(SandboxPluginRegistry.InstalledPluginsSettingKey) ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToList();

        if (!installed.Contains(registry.SystemName, StringComparer.InvariantCultureIgnoreCase))
        {
            var plugin = (IPlugin)ActivatorUtilities.CreateInstance(provider, registry.PluginType);
            plugin.PluginDescriptor = registry.Descriptor;
            await plugin.InstallAsync();

            installed.Add(registry.SystemName);
            await settingService.SetSettingAsync(SandboxPluginRegistry.InstalledPluginsSettingKey, string.Join(",", installed));
            logger.LogInformation("Sandbox: installed plugin {SystemName} {Version}", registry.SystemName, registry.Descriptor.Version);
        }

        registry.Descriptor.Installed = true;
        await provider.GetRequiredService<IPermissionService>().InsertPermissionsAsync();
    }
}
