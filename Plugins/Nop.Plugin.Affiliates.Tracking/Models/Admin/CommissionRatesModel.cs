using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

/// <summary>
/// The commission rates page of one program member's affiliate: the program rate for reference, the overrides and a form.
/// </summary>
public record CommissionRatesModel : BaseNopModel
{
    public int AffiliateId { get; set; }

    public string AffiliateName { get; set; }

    public string ProgramRate { get; set; }

    public IList<CommissionRateModel> Rates { get; set; } = new List<CommissionRateModel>();

    public CommissionRateModel NewRate { get; set; } = new();

    public IList<SelectListItem> AvailableCommissionTypes { get; set; } = new List<SelectListItem>();
}
