using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Services.Commissions;

/// <summary>
/// Stores ledger entries and keeps the commission row equal to the fold of its entries.
/// </summary>
public interface ICommissionLedgerStore
{
    Task<IList<AffiliateCommissionEntry>> GetEntriesAsync(int commissionId);

    Task<CommissionLedgerState> GetStateAsync(AffiliateCommission commission);

    /// <summary>
    /// Adds the entries whose key the commission does not have yet (a key stored by another call or node is skipped,
    /// never added twice), brings the commission row up to date and publishes <see cref="CommissionChangedEvent"/>
    /// when its status or amount changed. Returns the commission as stored and how many entries this call added.
    /// </summary>
    Task<(AffiliateCommission Commission, int Added)> AppendAsync(AffiliateCommission commission, IReadOnlyList<LedgerEntry> entries);

    /// <summary>
    /// Publishes <see cref="CommissionChangedEvent"/> for a commission as it is stored.
    /// </summary>
    Task PublishChangedAsync(AffiliateCommission commission, string status);
}
