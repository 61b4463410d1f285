using Nop.Web.Framework.Models;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

public record PayoutBatchModel : BaseNopModel
{
    public int Id { get; set; }

    public string Reference { get; set; }

    public string StatusName { get; set; }

    public bool IsPaid { get; set; }

    public decimal TotalAmount { get; set; }

    public string CurrencyCode { get; set; }

    /// <summary>
    /// The total with its currency, as the admin's language writes numbers.
    /// </summary>
    public string TotalAmountText { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime? PaidOnUtc { get; set; }

    public IList<PayoutLineModel> Lines { get; set; } = new List<PayoutLineModel>();
}
