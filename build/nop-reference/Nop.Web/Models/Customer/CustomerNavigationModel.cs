using Nop.Web.Framework.Models;

namespace Nop.Web.Models.Customer;

public partial record CustomerNavigationModel : BaseNopModel
{
    public CustomerNavigationModel()
    {
        CustomerNavigationItems = new List<CustomerNavigationItemModel>();
    }

    public IList<CustomerNavigationItemModel> CustomerNavigationItems { get; set; }

    public int SelectedTab { get; set; }
}
