using Nop.Core;
using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Domain;

/// <summary>
/// One event in a commission's ledger. The unique EntryKey ("{orderId}/{event}") makes each event count once, also
/// when it is delivered twice or handled by two web-farm nodes at the same time. The commission row is the fold of
/// its entries.
/// </summary>
public class AffiliateCommissionEntry : BaseEntity
{
    public int CommissionId { get; set; }

    public int OrderId { get; set; }

    public string EntryKey { get; set; }

    public int KindId { get; set; }

    /// <summary>
    /// Cumulative refunded amount (refund entries) or amount paid out (payout entries); 0 otherwise.
    /// </summary>
    public decimal Amount { get; set; }

    public int PayoutId { get; set; }

    /// <summary>
    /// Why, for reversals: refund, void, cancel or delete.
    /// </summary>
    public string Note { get; set; }

    public DateTime OccurredOnUtc { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public LedgerEntryKind Kind
    {
        get => (LedgerEntryKind)KindId;
        set => KindId = (int)value;
    }
}
