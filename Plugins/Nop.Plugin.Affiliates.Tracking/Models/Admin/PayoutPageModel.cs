using Nop.Web.Framework.Models;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

/// <summary>
/// The admin payouts page: open balances, the minimum a balance needs to be paid, and the batches so far.
/// </summary>
public record PayoutPageModel : BaseNopModel
{
    public const int PageSize = 20;

    public decimal MinimumPayoutAmount { get; set; }

    public string CurrencyCode { get; set; }

    /// <summary>
    /// Whether the signed-in administrator may create batches, export them and mark them paid.
    /// </summary>
    public bool CanManage { get; set; }

    public IList<PayoutBalanceModel> Balances { get; set; } = new List<PayoutBalanceModel>();

    public IList<PayoutBatchModel> Batches { get; set; } = new List<PayoutBatchModel>();

    public int Page { get; set; }

    public int TotalPages { get; set; }
}
