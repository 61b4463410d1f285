namespace Nop.Plugin.Affiliates.Tracking.Services.Payouts;

/// <summary>
/// Where an affiliate's payouts are sent. One seam on purpose: the program membership will supply the member's own
/// payout e-mail instead of the affiliate's address e-mail.
/// </summary>
public interface IPayoutEmailProvider
{
    Task<string> GetPayoutEmailAsync(int affiliateId);
}
