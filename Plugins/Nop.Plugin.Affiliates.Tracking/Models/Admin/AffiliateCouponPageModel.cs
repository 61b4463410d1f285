using Nop.Web.Framework.Models;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

/// <summary>
/// The affiliate coupons page: the generation form, runs still to finish, and the generated codes.
/// </summary>
public record AffiliateCouponPageModel : BaseNopModel
{
    public CouponGenerationModel Generation { get; set; } = new();

    /// <summary>
    /// The run the page drives as soon as it loads (the one just started), or null.
    /// </summary>
    public CouponJobModel CurrentJob { get; set; }

    public IList<CouponJobModel> UnfinishedJobs { get; set; } = new List<CouponJobModel>();

    public AffiliateCouponSearchModel CouponSearch { get; set; } = new();
}
