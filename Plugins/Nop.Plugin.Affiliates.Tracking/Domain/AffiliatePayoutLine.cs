using Nop.Core;

namespace Nop.Plugin.Affiliates.Tracking.Domain;

/// <summary>
/// What one affiliate receives in a payout batch: approved commissions minus carried negative adjustments.
/// </summary>
public class AffiliatePayoutLine : BaseEntity
{
    public int PayoutId { get; set; }

    public int AffiliateId { get; set; }

    public decimal Amount { get; set; }

    public string CurrencyCode { get; set; }

    public string PayoutEmail { get; set; }

    public string Reference { get; set; }

    public int StatusId { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime? PaidOnUtc { get; set; }

    public PayoutStatus Status
    {
        get => (PayoutStatus)StatusId;
        set => StatusId = (int)value;
    }
}
