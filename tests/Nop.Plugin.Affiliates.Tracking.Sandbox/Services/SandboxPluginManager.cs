using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;
using Nop.Services.Configuration;
using Nop.Services.Plugins;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Sandbox double of nopCommerce's PluginManager&lt;TPlugin&gt;: knows only the sandbox's plugin, returns it when it is
/// installed and implements <typeparamref name="TPlugin"/>, created per call from the current scope (like
/// ResolveUnregistered). Active = installed (no per-type "active" lists in the sandbox).
/// </summary>
public class SandboxPluginManager<TPlugin> : IPluginManager<TPlugin> where TPlugin : class, IPlugin
{
    private readonly SandboxPluginRegistry _registry;
    private readonly IServiceProvider _serviceProvider;
    private readonly ISettingService _settingService;

    public SandboxPluginManager(SandboxPluginRegistry registry, IServiceProvider serviceProvider, ISettingService settingService)
    {
        _registry = registry;
        _serviceProvider = serviceProvider;
        _settingService = settingService;
    }

    public async Task<IList<TPlugin>> LoadAllPluginsAsync(Customer customer = null, int storeId = 0)
    {
        var plugin = await LoadPluginBySystemNameAsync(_registry.SystemName, customer, storeId);
        return plugin == null ? [] : [plugin];
    }

    public async Task<TPlugin> LoadPluginBySystemNameAsync(string systemName, Customer customer = null, int storeId = 0)
    {
        if (!string.Equals(systemName, _registry.SystemName, StringComparison.InvariantCultureIgnoreCase)
            || !typeof(TPlugin).IsAssignableFrom(_registry.PluginType)
            || !await IsInstalledAsync())
            return null;

        var plugin = (TPlugin)ActivatorUtilities.CreateInstance(_serviceProvider, _registry.PluginType);
        plugin.PluginDescriptor = _registry.Descriptor;
        return plugin;
    }

    public async Task<IList<TPlugin>> LoadActivePluginsAsync(List<string> systemNames, Customer customer = null, int storeId = 0) =>
        (await LoadAllPluginsAsync(customer, storeId)).Where(plugin => IsPluginActive(plugin, systemNames)).ToList();

    public bool IsPluginActive(TPlugin plugin, List<string> systemNames) =>
        plugin != null && (systemNames == null || systemNames.Contains(plugin.PluginDescriptor.SystemName, StringComparer.InvariantCultureIgnoreCase));

    public Task<string> GetPluginLogoUrlAsync(TPlugin plugin) => Task.FromResult<string>(null);

    private async Task<bool> IsInstalledAsync()
    {
        var installed = await _settingService.GetSettingByKeyAsync<string>(SandboxPluginRegistry.InstalledPluginsSettingKey) ?? string.Empty;
        return installed.Split(',', StringSplitOptions.TrimEntries).Contains(_registry.SystemName, StringComparer.InvariantCultureIgnoreCase);
    }
}
