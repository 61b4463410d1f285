namespace Nop.Plugin.Affiliates.Tracking.Services.Commissions;

public interface ISelfReferralService
{
    /// <summary>
    /// Whether the customer who placed an order is the affiliate it would credit; such orders never earn. The one
    /// place that decides it, so the program membership can replace the e-mail heuristic without touching the ledger.
    /// </summary>
    Task<bool> IsOwnOrderAsync(int affiliateId, int customerId);
}
