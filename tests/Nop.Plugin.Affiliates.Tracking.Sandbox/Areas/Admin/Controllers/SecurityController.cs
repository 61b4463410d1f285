using Microsoft.AspNetCore.Mvc;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Areas.Admin.Controllers;

/// <summary>
/// Where [CheckPermission] sends a signed-in user without the permission (nopCommerce's Admin/Security/AccessDenied).
/// </summary>
[Area("Admin")]
public class SecurityController : Controller
{
    public IActionResult AccessDenied(string pageUrl) => View((object)pageUrl);
}
