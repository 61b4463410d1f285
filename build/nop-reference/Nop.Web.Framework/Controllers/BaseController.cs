using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;
using Nop.Services.Localization;
using Nop.Web.Framework.Models;

namespace Nop.Web.Framework.Controllers;

// Upstream also carries filter attributes on this class; they are not part of the surface.
public abstract partial class BaseController : Controller
{
    protected virtual Task<string> RenderViewComponentToStringAsync(Type componentType, object arguments = null) => throw null;

    protected virtual Task<string> RenderPartialViewToStringAsync(string viewName, object model) => throw null;

    protected JsonResult ErrorJson(string error) => throw null;

    protected JsonResult ErrorJson(object errors) => throw null;

    protected virtual void DisplayEditLink(string editPageUrl) => throw null;

    protected virtual Task AddLocalesAsync<TLocalizedModelLocal>(ILanguageService languageService,
        IList<TLocalizedModelLocal> locales) where TLocalizedModelLocal : ILocalizedLocaleModel => throw null;

    protected virtual Task AddLocalesAsync<TLocalizedModelLocal>(ILanguageService languageService,
        IList<TLocalizedModelLocal> locales, Action<TLocalizedModelLocal, int> configure) where TLocalizedModelLocal : ILocalizedLocaleModel => throw null;

    protected virtual IActionResult AccessDeniedView() => throw null;

    protected virtual Task<JsonResult> AccessDeniedJsonAsync() => throw null;

    public virtual void SaveSelectedCardName(string cardName, bool persistForTheNextRequest = true) => throw null;

    public virtual Task SaveSelectedTabNameAsync(string tabName = "", bool persistForTheNextRequest = true) => throw null;

    protected virtual void SaveSelectedTabName(string tabName, StringValues selectedTabName, string dataKeyPrefix, bool persistForTheNextRequest) => throw null;
}
