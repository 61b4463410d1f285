using Nop.Web.Framework.Models;

namespace Nop.Web.Models.Customer;

public partial record CustomerNavigationItemModel : BaseNopModel
{
    public string RouteName { get; set; }
    public string Title { get; set; }
    public int Tab { get; set; }
    public string ItemClass { get; set; }
}
