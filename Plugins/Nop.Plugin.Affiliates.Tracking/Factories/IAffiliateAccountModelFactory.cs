using Nop.Core.Domain.Customers;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Models.Customer;

namespace Nop.Plugin.Affiliates.Tracking.Factories;

public interface IAffiliateAccountModelFactory
{
    /// <summary>
    /// The affiliate area of a registered customer. Posted forms that failed are handed back so the customer keeps
    /// what they typed.
    /// </summary>
    /// <param name="query">The dashboard's period and commission page; null for the defaults.</param>
    Task<AffiliateAccountModel> PrepareAccountModelAsync(Customer customer, AffiliateAccountModel posted = null, AffiliateDashboardQueryModel query = null);

    /// <summary>
    /// The public URL of a share link: the store, the short-link prefix and the slug.
    /// </summary>
    string GetShareLinkUrl(AffiliateLink link);
}
