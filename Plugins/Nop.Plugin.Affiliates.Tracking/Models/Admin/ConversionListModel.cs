using Nop.Web.Framework.Models;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

public record ConversionListModel : BasePagedListModel<ConversionModel>
{
    /// <summary>
    /// The count stopped at the grid's limit: there may be more rows than it says (the CSV export has them all).
    /// </summary>
    public bool CountIsCapped { get; set; }
}
