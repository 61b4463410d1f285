using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure.Mvc;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Models;
using Nop.Services.Affiliates;
using Nop.Services.Orders;
using Nop.Services.Plugins;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Areas.Admin.Controllers;

/// <summary>
/// The sandbox's admin landing page (/Admin): the plugin's configuration link (from the plugin's own
/// GetConfigurationPageUrl), the affiliates and the latest orders.
/// </summary>
[Area("Admin")]
[AutoValidateAntiforgeryToken]
public class HomeController : Controller
{
    private readonly IAffiliateService _affiliateService;
    private readonly IOrderService _orderService;
    private readonly IPluginManager<IPlugin> _pluginManager;
    private readonly SandboxPluginRegistry _registry;

    public HomeController(IAffiliateService affiliateService, IOrderService orderService, IPluginManager<IPlugin> pluginManager, SandboxPluginRegistry registry)
    {
        _affiliateService = affiliateService;
        _orderService = orderService;
        _pluginManager = pluginManager;
        _registry = registry;
    }

    [TypeFilter(typeof(SandboxAdminAccessFilter))]
    public async Task<IActionResult> Index()
    {
        var plugin = await _pluginManager.LoadPluginBySystemNameAsync(_registry.SystemName);
        var descriptor = _registry.Descriptor;

        return View(new SandboxAdminHomeModel(descriptor.FriendlyName, descriptor.SystemName, descriptor.Version, plugin?.GetConfigurationPageUrl(),
            await _affiliateService.GetAllAffiliatesAsync(showHidden: true),
            await _orderService.SearchOrdersAsync(pageSize: 20)));
    }
}
