using Microsoft.AspNetCore.Mvc.Filters;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure.Mvc;

/// <summary>
/// [AuthorizeAdmin] for the sandbox's own admin pages (the same check the plugin's admin controllers get).
/// </summary>
public sealed class SandboxAdminAccessFilter : IAsyncAuthorizationFilter
{
    public Task OnAuthorizationAsync(AuthorizationFilterContext context) => new SandboxAuthorizeAdminFilter(false).OnAuthorizationAsync(context);
}
