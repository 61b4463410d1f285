using Nop.Web.Framework.Models;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

/// <summary>
/// The admin payouts page: open balances, the minimum a balance needs to be paid, and the batches grid's set-up (its
/// rows come from the grid's list endpoint).
/// </summary>
public record PayoutPageModel : BaseNopModel
{
    public decimal MinimumPayoutAmount { get; set; }

    public string CurrencyCode { get; set; }

    /// <summary>
    /// Whether the signed-in administrator may create batches, export them and mark them paid.
    /// </summary>
    public bool CanManage { get; set; }

    public IList<PayoutBalanceModel> Balances { get; set; } = new List<PayoutBalanceModel>();

    public PayoutSearchModel BatchSearch { get; set; } = new();
}
