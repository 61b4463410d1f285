using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Filters;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure.Mvc;

/// <summary>
/// The reference surface declares nopCommerce's filter attributes without their logic (their filters throw), so this
/// convention swaps them for sandbox filters with the documented behaviour: [AuthorizeAdmin] → <see cref="SandboxAuthorizeAdminFilter"/>,
/// [CheckPermission] → <see cref="SandboxCheckPermissionFilter"/>. Any other filter declared by the surface's
/// Nop.Web.Framework assembly is removed (listed in <see cref="RemovedFilters"/>), since it could only throw.
/// </summary>
public sealed class SandboxNopFilterConvention : IApplicationModelConvention
{
    private const string SurfaceAssemblyName = "Nop.Web.Framework";

    private readonly List<string> _removedFilters = [];

    public IReadOnlyList<string> RemovedFilters => _removedFilters;

    public void Apply(ApplicationModel application)
    {
        foreach (var controller in application.Controllers)
        {
            Replace(controller.Filters, controller.ControllerType.Name);
            foreach (var action in controller.Actions)
                Replace(action.Filters, $"{controller.ControllerType.Name}.{action.ActionName}");
        }
    }

    private void Replace(IList<IFilterMetadata> filters, string owner)
    {
        for (var index = filters.Count - 1; index >= 0; index--)
        {
            var filter = filters[index];
            switch (filter)
            {
                case AuthorizeAdminAttribute authorizeAdmin:
                    filters[index] = new SandboxAuthorizeAdminFilter(authorizeAdmin.IgnoreFilter);
                    break;
                case CheckPermissionAttribute checkPermission:
                    filters[index] = new SandboxCheckPermissionFilter(checkPermission.PermissionSystemName, checkPermission.ResultType);
                    break;
                default:
                    if (filter.GetType().Assembly.GetName().Name == SurfaceAssemblyName)
                    {
                        filters.RemoveAt(index);
                        _removedFilters.Add($"{owner}: {filter.GetType().FullName}");
                    }
                    break;
            }
        }
    }
}
