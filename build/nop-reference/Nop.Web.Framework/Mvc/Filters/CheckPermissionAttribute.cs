using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Nop.Web.Framework.Mvc.Filters;

[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class CheckPermissionAttribute : TypeFilterAttribute
{
    public CheckPermissionAttribute(string permissionSystemName, CheckPermissionResultType resultType = CheckPermissionResultType.Default)
        : base(typeof(CheckPermissionFilter))
    {
        Arguments = [resultType, new List<string> { permissionSystemName }];
        PermissionSystemName.Add(permissionSystemName);
        ResultType = resultType;
    }

    public CheckPermissionAttribute(string[] permissionSystemNames, CheckPermissionResultType resultType = CheckPermissionResultType.Default)
        : base(typeof(CheckPermissionFilter))
    {
        Arguments = [resultType, permissionSystemNames.ToList()];
        PermissionSystemName.AddRange(permissionSystemNames);
        ResultType = resultType;
    }

    public List<string> PermissionSystemName { get; } = new();

    public CheckPermissionResultType ResultType { get; }

    // Stand-in for upstream's private filter; the surface has no authorization logic.
    private class CheckPermissionFilter : IAsyncAuthorizationFilter
    {
        public CheckPermissionFilter(CheckPermissionResultType resultType, List<string> permissionSystemNames)
        {
        }

        public Task OnAuthorizationAsync(AuthorizationFilterContext context) => throw new NotSupportedException("reference surface");
    }

    public enum CheckPermissionResultType
    {
        Default = 0,
        Html = 1,
        Text = 2,
        Json = 3
    }
}
