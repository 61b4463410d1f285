using Microsoft.AspNetCore.Mvc;
using Nop.Web.Framework.Controllers;

namespace Nop.Web.Controllers;

// Upstream also carries filter attributes on this class; they are not part of the surface.
public abstract partial class BasePublicController : BaseController
{
    protected virtual IActionResult InvokeHttp404() => throw null;
}
