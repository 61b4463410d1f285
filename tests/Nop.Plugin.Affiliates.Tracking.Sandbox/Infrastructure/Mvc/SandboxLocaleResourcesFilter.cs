using Microsoft.AspNetCore.Mvc.Filters;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure.Mvc;

/// <summary>
/// Loads the locale resources before any action result runs, so views can localize synchronously.
/// </summary>
public sealed class SandboxLocaleResourcesFilter : IAsyncResultFilter
{
    private readonly SandboxLocalizer _localizer;

    public SandboxLocaleResourcesFilter(SandboxLocalizer localizer)
    {
        _localizer = localizer;
    }

    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        _localizer.Reset();
        await _localizer.LoadAsync();
        await next();
    }
}
