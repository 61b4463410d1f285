using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

/// <summary>
/// The conversions report's filters (0 or empty: any) and grid paging; also what the CSV export posts.
/// </summary>
public record ConversionSearchModel : BaseSearchModel
{
    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Admin.Conversions.SearchAffiliateId")]
    public int SearchAffiliateId { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Admin.Conversions.SearchCouponCode")]
    public string SearchCouponCode { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Admin.Conversions.SearchSource")]
    public int SearchSourceId { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Admin.Conversions.SearchStatus")]
    public int SearchStatusId { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Admin.Conversions.SearchStartDate")]
    public DateTime? SearchStartDate { get; set; }

    [NopResourceDisplayName("Plugins.Affiliates.Tracking.Admin.Conversions.SearchEndDate")]
    public DateTime? SearchEndDate { get; set; }

    public IList<SelectListItem> AvailableSources { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableStatuses { get; set; } = new List<SelectListItem>();

    public ProgramTotalsModel ProgramTotals { get; set; }
}
