using Nop.Web.Framework.Models;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

/// <summary>
/// One decision posted from the members page.
/// </summary>
public record MemberDecisionModel : BaseNopModel
{
    public int Id { get; set; }

    public string AdminNote { get; set; }

    /// <summary>
    /// Approve only: link this nopCommerce affiliate instead of creating one.
    /// </summary>
    public int? ExistingAffiliateId { get; set; }
}
