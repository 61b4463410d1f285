using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core;
using Nop.Services.Localization;
using Nop.Services.Security;
using static Nop.Web.Framework.Mvc.Filters.CheckPermissionAttribute;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure.Mvc;

/// <summary>
/// Sandbox stand-in for nopCommerce's [CheckPermission] filter: passes when any listed permission is granted (several
/// attributes must all pass). Otherwise: AJAX POST → JSON { error }, GET/POST → redirect to Security/AccessDenied,
/// other methods → plain text; an explicit result type overrides that choice.
/// </summary>
public sealed class SandboxCheckPermissionFilter : IAsyncAuthorizationFilter
{
    private const string AccessDeniedResource = "Admin.AccessDenied.Description";

    public SandboxCheckPermissionFilter(IReadOnlyList<string> permissionSystemNames, CheckPermissionResultType resultType)
    {
        PermissionSystemNames = permissionSystemNames.ToList();
        ResultType = resultType;
    }

    public IReadOnlyList<string> PermissionSystemNames { get; }

    public CheckPermissionResultType ResultType { get; }

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var services = context.HttpContext.RequestServices;
        var permissionService = services.GetRequiredService<IPermissionService>();
        foreach (var permissionSystemName in PermissionSystemNames)
            if (await permissionService.AuthorizeAsync(permissionSystemName))
                return;

        var request = context.HttpContext.Request;
        var webHelper = services.GetRequiredService<IWebHelper>();
        var resultType = ResultType;
        if (resultType == CheckPermissionResultType.Default)
        {
            resultType = HttpMethods.IsPost(request.Method) ? (webHelper.IsAjaxRequest(request) ? CheckPermissionResultType.Json : CheckPermissionResultType.Html)
                : HttpMethods.IsGet(request.Method) ? CheckPermissionResultType.Html
                : CheckPermissionResultType.Text;
        }

        var localizationService = services.GetRequiredService<ILocalizationService>();
        context.Result = resultType switch
        {
            CheckPermissionResultType.Json => new JsonResult(new { error = await localizationService.GetResourceAsync(AccessDeniedResource) }),
            CheckPermissionResultType.Text => new ContentResult { Content = await localizationService.GetResourceAsync(AccessDeniedResource), ContentType = "text/plain" },
            _ => new RedirectToActionResult("AccessDenied", "Security", new
            {
                area = "Admin",
                pageUrl = webHelper.GetRawUrl(request),
                pageSystemNameKey = $"{request.RouteValues["controller"]}.{request.RouteValues["action"]}"
            })
        };
    }
}
