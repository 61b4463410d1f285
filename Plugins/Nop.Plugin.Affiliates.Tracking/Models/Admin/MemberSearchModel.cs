using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

/// <summary>
/// The members grid's filters (empty or 0: any) and paging, as the page shows them and the grid posts them.
/// </summary>
public record MemberSearchModel : BaseSearchModel
{
    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Admin.Members.Search.Keywords")]
    public string SearchKeywords { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Admin.Members.Search.Status")]
    public int SearchStatusId { get; set; }

    public IList<SelectListItem> AvailableStatuses { get; set; } = new List<SelectListItem>();
}
