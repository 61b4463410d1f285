using System.Globalization;

namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// The keys that make each ledger event count once. Keys that can recur (reversal after reinstatement, a second
/// payout of an adjustment) carry a sequence number taken from the state they were computed from: two nodes acting on
/// the same state compute the same key and the database keeps one.
/// </summary>
public static class LedgerKeys
{
    public const int MaxLength = 100;

    public const string Placed = "placed";

    public const string OrderPaid = "paid";

    public const string Approval = "approve";

    public static string Refund(decimal cumulativeRefundedAmount) =>
        "refund:" + cumulativeRefundedAmount.ToString("0.0000", CultureInfo.InvariantCulture);

    public static string Reversal(int sequence) => "reverse:" + sequence.ToString(CultureInfo.InvariantCulture);

    public static string Reinstatement(int sequence) => "reinstate:" + sequence.ToString(CultureInfo.InvariantCulture);

    public static string Payout(int sequence) => "payout:" + sequence.ToString(CultureInfo.InvariantCulture);

    public static string PayoutPaid(int payoutId) => "payoutpaid:" + payoutId.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The stored, globally unique form: the order id first, since an order has at most one commission.
    /// </summary>
    public static string ForOrder(int orderId, string key) => orderId.ToString(CultureInfo.InvariantCulture) + "/" + key;
}
