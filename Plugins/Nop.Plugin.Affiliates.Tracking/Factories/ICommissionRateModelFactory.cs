using Nop.Plugin.Affiliates.Tracking.Models.Admin;

namespace Nop.Plugin.Affiliates.Tracking.Factories;

public interface ICommissionRateModelFactory
{
    /// <summary>
    /// The rates page of an affiliate, or null when there is no such affiliate. A refused form is passed back in
    /// <paramref name="newRate"/> so the admin does not type it again.
    /// </summary>
    Task<CommissionRatesModel> PrepareCommissionRatesModelAsync(int affiliateId, CommissionRateModel newRate = null);
}
