using Nop.Web.Framework.Models;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

/// <summary>
/// One stored override as the rates page lists it, and the form that adds or edits one.
/// </summary>
public record CommissionRateModel : BaseNopModel
{
    public int Id { get; set; }

    public int AffiliateId { get; set; }

    /// <summary>
    /// Empty for the whole-order rate.
    /// </summary>
    public int? CategoryId { get; set; }

    public string CategoryName { get; set; }

    public int CommissionTypeId { get; set; }

    public string CommissionTypeName { get; set; }

    /// <summary>
    /// A percentage (0–100) or an amount in the primary currency, depending on the type.
    /// </summary>
    public decimal Value { get; set; }
}
