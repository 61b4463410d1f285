using Nop.Core;

namespace Nop.Plugin.Affiliates.Tracking.Domain;

/// <summary>
/// A payout batch: one line per affiliate, in the store's primary currency.
/// </summary>
public class AffiliatePayout : BaseEntity
{
    public string Reference { get; set; }

    public int StatusId { get; set; }

    public decimal TotalAmount { get; set; }

    public string CurrencyCode { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime? PaidOnUtc { get; set; }

    public PayoutStatus Status
    {
        get => (PayoutStatus)StatusId;
        set => StatusId = (int)value;
    }
}
