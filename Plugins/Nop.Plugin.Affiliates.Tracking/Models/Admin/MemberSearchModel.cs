using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

public record MemberSearchModel : BaseNopModel
{
    public const int PageSize = 25;

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Admin.Members.Search.Keywords")]
    public string SearchKeywords { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Admin.Members.Search.Status")]
    public int SearchStatusId { get; set; }

    /// <summary>
    /// Zero-based page.
    /// </summary>
    public int Page { get; set; }

    public IList<SelectListItem> AvailableStatuses { get; set; } = new List<SelectListItem>();
}
