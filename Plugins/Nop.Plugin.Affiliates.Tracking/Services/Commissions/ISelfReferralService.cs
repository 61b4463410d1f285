namespace Nop.Plugin.Affiliates.Tracking.Services.Commissions;

public interface ISelfReferralService
{
    /// <summary>
    /// Whether the customer who placed an order is the affiliate it would credit (their program membership carries
    /// that affiliate); such orders never earn.
    /// </summary>
    Task<bool> IsOwnOrderAsync(int affiliateId, int customerId);
}
