using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Services.Common;
using Nop.Services.Stores;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Areas.Admin.Controllers;

/// <summary>
/// nopCommerce's Admin/Setting/ChangeStoreScopeConfiguration: remembers the chosen store scope on the admin's customer
/// record and returns to the page (a local URL only).
/// </summary>
[Area("Admin")]
[AuthorizeAdmin]
public class SettingController : Controller
{
    private readonly IGenericAttributeService _genericAttributeService;
    private readonly IStoreService _storeService;
    private readonly IWorkContext _workContext;

    public SettingController(IGenericAttributeService genericAttributeService, IStoreService storeService, IWorkContext workContext)
    {
        _genericAttributeService = genericAttributeService;
        _storeService = storeService;
        _workContext = workContext;
    }

    public async Task<IActionResult> ChangeStoreScopeConfiguration(int storeid, string returnUrl = "")
    {
        var store = await _storeService.GetStoreByIdAsync(storeid);
        if (store is not null || storeid == 0)
            await _genericAttributeService.SaveAttributeAsync(await _workContext.GetCurrentCustomerAsync(),
                NopCustomerDefaults.AdminAreaStoreScopeConfigurationAttribute, storeid);

        return Url.IsLocalUrl(returnUrl) ? Redirect(returnUrl) : Redirect("~/Admin");
    }
}
