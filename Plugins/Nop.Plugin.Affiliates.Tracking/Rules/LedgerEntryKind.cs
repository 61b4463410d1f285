namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// What a commission ledger entry records. A commission's state is the fold of its entries (see CommissionLedger).
/// </summary>
public enum LedgerEntryKind
{
    /// <summary>The commission was created for a placed order (audit only).</summary>
    Placed = 10,

    /// <summary>The order was paid; starts the hold period.</summary>
    OrderPaid = 20,

    /// <summary>The order's cumulative refunded amount reached Amount.</summary>
    Refund = 30,

    /// <summary>The order was cancelled, voided, deleted or fully refunded.</summary>
    Reversal = 40,

    /// <summary>A reversed order became valid again (e.g. an admin changed its status back from Cancelled).</summary>
    Reinstatement = 45,

    /// <summary>The hold period passed; the commission may be paid out.</summary>
    Approval = 50,

    /// <summary>Amount (positive, or negative for a carried adjustment) was put into payout PayoutId.</summary>
    Payout = 60,

    /// <summary>Payout PayoutId was marked paid.</summary>
    PayoutPaid = 70
}
