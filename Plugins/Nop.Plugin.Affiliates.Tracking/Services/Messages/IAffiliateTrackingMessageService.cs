using Nop.Core.Domain.Customers;
using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Services.Messages;

/// <summary>
/// The program's e-mails, sent through nopCommerce message templates (editable under Content management → Message
/// templates). Each returns the ids of the queued e-mails: none when the setting turns it off, the template is
/// inactive or there is nobody to send to.
/// </summary>
public interface IAffiliateTrackingMessageService
{
    /// <summary>
    /// "Application received", to the store owner and/or the applicant as the settings say.
    /// </summary>
    Task<IList<int>> SendApplicationReceivedAsync(AffiliateMember member, Customer customer);

    /// <summary>
    /// "Application approved", to the new affiliate.
    /// </summary>
    Task<IList<int>> SendApplicationApprovedAsync(AffiliateMember member, Customer customer);

    /// <summary>
    /// "Payout sent", to the affiliate: their payout e-mail when set, else their account e-mail, else the e-mail of
    /// the nopCommerce affiliate's address. Plain values, so the payout code needs nothing from the membership.
    /// </summary>
    /// <param name="affiliateId">The nopCommerce affiliate paid.</param>
    /// <param name="amount">The amount paid, in <paramref name="currencyCode"/>.</param>
    /// <param name="currencyCode">ISO currency code of the amount (the store's primary currency).</param>
    /// <param name="reference">The payout's reference (transaction id, batch number), shown in the e-mail.</param>
    /// <param name="paidOnUtc">When the payout was sent.</param>
    Task<IList<int>> SendPayoutSentAsync(int affiliateId, decimal amount, string currencyCode, string reference, DateTime paidOnUtc);

    /// <summary>
    /// Inserts the plugin's message templates that do not exist yet (by name); called on install and update.
    /// </summary>
    Task InstallTemplatesAsync();

    Task UninstallTemplatesAsync();
}
