using Microsoft.AspNetCore.Routing;

namespace Nop.Web.Framework.Models.DataTables;

// Subset: the action/controller and plain URL forms.
public partial class DataUrl
{
    public DataUrl(string actionName, string controllerName, RouteValueDictionary routeValues)
    {
        ActionName = actionName;
        ControllerName = controllerName;
        RouteValues = routeValues;
    }

    public DataUrl(string url)
    {
        Url = url;
    }

    public string ActionName { get; set; }

    public string ControllerName { get; set; }

    public string Url { get; set; }

    public RouteValueDictionary RouteValues { get; set; }
}
