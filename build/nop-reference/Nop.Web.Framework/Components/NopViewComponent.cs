using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;

namespace Nop.Web.Framework.Components;

public abstract partial class NopViewComponent : ViewComponent
{
    public new ViewViewComponentResult View<TModel>(string viewName, TModel model) => throw new NotImplementedException();

    public new ViewViewComponentResult View<TModel>(TModel model) => throw new NotImplementedException();

    public new ViewViewComponentResult View(string viewName) => throw new NotImplementedException();
}
