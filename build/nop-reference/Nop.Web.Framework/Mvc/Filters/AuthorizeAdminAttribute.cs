using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Nop.Web.Framework.Mvc.Filters;

public sealed class AuthorizeAdminAttribute : TypeFilterAttribute
{
    public AuthorizeAdminAttribute(bool ignore = false) : base(typeof(AuthorizeAdminFilter))
    {
        IgnoreFilter = ignore;
        Arguments = [ignore];
    }

    public bool IgnoreFilter { get; }

    // Stand-in for upstream's private filter; the surface has no authorization logic.
    private class AuthorizeAdminFilter : IAsyncAuthorizationFilter
    {
        public AuthorizeAdminFilter(bool ignoreFilter)
        {
        }

        public Task OnAuthorizationAsync(AuthorizationFilterContext context) => throw new NotSupportedException("reference surface");
    }
}
