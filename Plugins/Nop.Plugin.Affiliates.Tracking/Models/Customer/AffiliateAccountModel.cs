using Nop.Web.Framework.Models;

namespace Nop.Plugin.Affiliates.Tracking.Models.Customer;

/// <summary>
/// The affiliate area under My account. Only the parts of <see cref="State"/> are filled: an applicant's or suspended
/// member's model carries no codes, links or payout data.
/// </summary>
public record AffiliateAccountModel : BaseNopModel
{
    public AffiliateAccountState State { get; set; }

    public AffiliateApplicationModel Application { get; set; } = new();

    public IList<AffiliateCouponItemModel> Coupons { get; set; } = new List<AffiliateCouponItemModel>();

    public IList<AffiliateLinkItemModel> Links { get; set; } = new List<AffiliateLinkItemModel>();

    public AffiliateLinkBuilderModel LinkBuilder { get; set; } = new();

    public AffiliatePayoutEmailModel PayoutEmail { get; set; } = new();

    public AffiliateStatisticsModel Statistics { get; set; }
}
