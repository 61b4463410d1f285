namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// One ledger event. Key is unique per commission, so a second delivery of the same event adds nothing.
/// Amount means: the cumulative refunded amount (Refund), the amount paid out (Payout), else nothing.
/// </summary>
public sealed record LedgerEntry(LedgerEntryKind Kind, string Key, DateTime OccurredOnUtc, decimal Amount = 0m, int PayoutId = 0, string Note = null);
