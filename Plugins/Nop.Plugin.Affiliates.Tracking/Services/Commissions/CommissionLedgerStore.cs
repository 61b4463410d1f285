using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Services.Commissions;

/// <summary>
/// Exactly once without locks: an entry is an INSERT against a unique key, so of two deliveries of one event (or two
/// web-farm nodes handling it) one insert fails and that caller changes nothing. The commission row is then rewritten
/// as the fold of all entries; a writer re-counts the entries after writing and folds again if another node added one
/// meanwhile, so the last write always includes every entry.
/// </summary>
public class CommissionLedgerStore : ICommissionLedgerStore
{
    private const int MaxProjectionRounds = 10;

    private readonly IEventPublisher _eventPublisher;
    private readonly IPrimaryCurrencyCodeProvider _currencyCodeProvider;
    private readonly IRepository<AffiliateCommission> _commissionRepository;
    private readonly IRepository<AffiliateCommissionEntry> _entryRepository;
    private readonly TimeProvider _timeProvider;

    public CommissionLedgerStore(IEventPublisher eventPublisher,
        IPrimaryCurrencyCodeProvider currencyCodeProvider,
        IRepository<AffiliateCommission> commissionRepository,
        IRepository<AffiliateCommissionEntry> entryRepository,
        TimeProvider timeProvider)
    {
        _eventPublisher = eventPublisher;
        _currencyCodeProvider = currencyCodeProvider;
        _commissionRepository = commissionRepository;
        _entryRepository = entryRepository;
        _timeProvider = timeProvider;
    }

    private DateTime UtcNow => _timeProvider.GetUtcNow().UtcDateTime;

    /// <inheritdoc />
    public async Task<IList<AffiliateCommissionEntry>> GetEntriesAsync(int commissionId) =>
        await _entryRepository.Table.Where(e => e.CommissionId == commissionId).OrderBy(e => e.Id).ToListAsync();

    /// <inheritdoc />
    public async Task<CommissionLedgerState> GetStateAsync(AffiliateCommission commission)
    {
        ArgumentNullException.ThrowIfNull(commission);

        return Fold(commission, await GetEntriesAsync(commission.Id));
    }

    /// <inheritdoc />
    public async Task<(AffiliateCommission Commission, int Added)> AppendAsync(AffiliateCommission commission, IReadOnlyList<LedgerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(commission);

        var added = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries ?? [])
        {
            var key = LedgerKeys.ForOrder(commission.OrderId, entry.Key);
            if (await TryInsertAsync(ToRow(commission, entry, key)))
                added.Add(key);
        }

        if (added.Count == 0)
            return (commission, 0);

        var (stored, before, after) = await ProjectAsync(commission.Id, added);
        if (stored is null)
            return (commission, added.Count);

        var status = ChangeName(before, after);
        if (status is not null)
            await PublishChangedAsync(stored, status);

        return (stored, added.Count);
    }

    /// <inheritdoc />
    public async Task PublishChangedAsync(AffiliateCommission commission, string status)
    {
        ArgumentNullException.ThrowIfNull(commission);

        await _eventPublisher.PublishAsync(new CommissionChangedEvent(commission.Id, commission.OrderId, commission.AffiliateId, status,
            commission.OrderTotal, commission.Amount, await _currencyCodeProvider.GetPrimaryCurrencyCodeAsync(), commission.CouponCode,
            commission.ClickId, UtcNow));
    }

    private async Task<bool> TryInsertAsync(AffiliateCommissionEntry row)
    {
        try
        {
            await _entryRepository.InsertAsync(row, false);
            return true;
        }
        catch (Exception)
        {
            // The unique key: another delivery or node stored this event first. nopCommerce's providers raise different
            // exception types for it, so the row itself is the test; any other failure is rethrown.
            if (!await KeyExistsAsync(row.EntryKey))
                throw;

            return false;
        }
    }

    private Task<bool> KeyExistsAsync(string key) => _entryRepository.Table.AnyAsync(e => e.EntryKey == key);

    private async Task<(AffiliateCommission Stored, CommissionLedgerState Before, CommissionLedgerState After)> ProjectAsync(
        int commissionId, ISet<string> addedKeys)
    {
        AffiliateCommission commission = null;
        CommissionLedgerState before = null, after = null;

        for (var round = 0; round < MaxProjectionRounds; round++)
        {
            commission = await _commissionRepository.GetByIdAsync(commissionId);
            if (commission is null)
                return (null, null, null);

            var entries = await GetEntriesAsync(commissionId);
            after = Fold(commission, entries);
            before = Fold(commission, entries.Where(e => !addedKeys.Contains(e.EntryKey)));

            if (Apply(commission, after))
            {
                commission.UpdatedOnUtc = UtcNow;
                await _commissionRepository.UpdateAsync(commission, false);
            }

            // Another node may have added an entry after the read above; its own projection might have been written
            // before this one, so fold again until the entries did not change under this write.
            var count = await _entryRepository.Table.CountAsync(e => e.CommissionId == commissionId);
            if (count == entries.Count)
                break;
        }

        return (commission, before, after);
    }

    private static CommissionLedgerState Fold(AffiliateCommission commission, IEnumerable<AffiliateCommissionEntry> entries) =>
        CommissionLedger.Fold(commission.OriginalAmount, commission.OrderTotal,
            entries.Select(e => new LedgerEntry(e.Kind, e.EntryKey, e.OccurredOnUtc, e.Amount, e.PayoutId, e.Note)));

    private static bool Apply(AffiliateCommission commission, CommissionLedgerState state)
    {
        var status = (CommissionStatus)(int)state.Stage;
        var changed = commission.Status != status
            || commission.Amount != state.Amount
            || commission.RefundedAmount != state.RefundedAmount
            || commission.PaidOutAmount != state.PaidOutAmount
            || commission.OrderPaidOnUtc != state.OrderPaidOnUtc
            || commission.ApprovedOnUtc != state.ApprovedOnUtc
            || commission.ReversedOnUtc != state.ReversedOnUtc
            || commission.PayoutId != state.LastPayoutId;

        commission.Status = status;
        commission.Amount = state.Amount;
        commission.RefundedAmount = state.RefundedAmount;
        commission.PaidOutAmount = state.PaidOutAmount;
        commission.OrderPaidOnUtc = state.OrderPaidOnUtc;
        commission.ApprovedOnUtc = state.ApprovedOnUtc;
        commission.ReversedOnUtc = state.ReversedOnUtc;
        commission.PayoutId = state.LastPayoutId;

        return changed;
    }

    private static string ChangeName(CommissionLedgerState before, CommissionLedgerState after)
    {
        if (before is null || after is null)
            return null;
        if (before.Stage != after.Stage)
            return after.Stage.ToString().ToLowerInvariant();

        return before.Amount != after.Amount ? CommissionChangeNames.Adjusted : null;
    }

    private AffiliateCommissionEntry ToRow(AffiliateCommission commission, LedgerEntry entry, string key) => new()
    {
        CommissionId = commission.Id,
        OrderId = commission.OrderId,
        EntryKey = key,
        Kind = entry.Kind,
        Amount = entry.Amount,
        PayoutId = entry.PayoutId,
        Note = entry.Note,
        OccurredOnUtc = entry.OccurredOnUtc,
        CreatedOnUtc = UtcNow
    };
}
