using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Nop.Services.Security;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure.Mvc;

/// <summary>
/// Sandbox stand-in for nopCommerce's [AuthorizeAdmin] filter: requires the "access admin panel" permission, else
/// challenges (the sandbox cookie scheme redirects to /sandbox/login). [AuthorizeAdmin(true)] on an action turns it off.
/// </summary>
public sealed class SandboxAuthorizeAdminFilter : IAsyncAuthorizationFilter
{
    public SandboxAuthorizeAdminFilter(bool ignore)
    {
        Ignore = ignore;
    }

    public bool Ignore { get; }

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        if (context.Filters.OfType<SandboxAuthorizeAdminFilter>().Any(filter => filter.Ignore))
            return;

        var permissionService = context.HttpContext.RequestServices.GetRequiredService<IPermissionService>();
        if (!await permissionService.AuthorizeAsync(StandardPermission.Security.ACCESS_ADMIN_PANEL))
            context.Result = new ChallengeResult();
    }
}
