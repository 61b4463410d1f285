using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Models;
using Nop.Services.Stores;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Areas.Admin.Components;

/// <summary>
/// Stands in for nopCommerce's admin StoreScopeConfigurationViewComponent: a store selector that posts to
/// Admin/Setting/ChangeStoreScopeConfiguration, rendered only with two stores or more.
/// </summary>
public class StoreScopeConfigurationViewComponent : ViewComponent
{
    private readonly IStoreContext _storeContext;
    private readonly IStoreService _storeService;

    public StoreScopeConfigurationViewComponent(IStoreContext storeContext, IStoreService storeService)
    {
        _storeContext = storeContext;
        _storeService = storeService;
    }

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var stores = await _storeService.GetAllStoresAsync();
        if (stores.Count < 2)
            return Content(string.Empty);

        var model = new SandboxStoreScopeModel(stores, await _storeContext.GetActiveStoreScopeConfigurationAsync());
        return View("~/Areas/Admin/Views/Shared/Components/StoreScopeConfiguration/Default.cshtml", model);
    }
}
