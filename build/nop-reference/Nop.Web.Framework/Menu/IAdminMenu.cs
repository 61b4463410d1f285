namespace Nop.Web.Framework.Menu;

public partial interface IAdminMenu
{
    Task<AdminMenuItem> GetRootNodeAsync(bool showHidden = false);
    string GetMenuItemUrl(string controllerName, string actionName);
}
