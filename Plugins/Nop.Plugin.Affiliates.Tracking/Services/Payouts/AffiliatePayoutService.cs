using Nop.Core;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Commissions;
using Nop.Plugin.Affiliates.Tracking.Services.Messages;
using Nop.Services.Configuration;
using Nop.Services.Logging;

namespace Nop.Plugin.Affiliates.Tracking.Services.Payouts;

/// <summary>
/// Payout batches from the ledger. A commission's share of a batch is a ledger entry whose key carries the
/// commission's payout sequence number, so two batches created at once cannot both take the same amount: the second
/// insert fails and that batch leaves the commission out.
/// </summary>
public class AffiliatePayoutService : IAffiliatePayoutService
{
    private readonly IAffiliateTrackingMessageService _messageService;
    private readonly ICommissionLedgerStore _ledgerStore;
    private readonly ILogger _logger;
    private readonly IPayoutEmailProvider _payoutEmailProvider;
    private readonly IPrimaryCurrencyCodeProvider _currencyCodeProvider;
    private readonly IRepository<AffiliateCommission> _commissionRepository;
    private readonly IRepository<AffiliateCommissionEntry> _entryRepository;
    private readonly IRepository<AffiliatePayout> _payoutRepository;
    private readonly IRepository<AffiliatePayoutLine> _lineRepository;
    private readonly ISettingService _settingService;
    private readonly TimeProvider _timeProvider;

    public AffiliatePayoutService(IAffiliateTrackingMessageService messageService,
        ICommissionLedgerStore ledgerStore,
        ILogger logger,
        IPayoutEmailProvider payoutEmailProvider,
        IPrimaryCurrencyCodeProvider currencyCodeProvider,
        IRepository<AffiliateCommission> commissionRepository,
        IRepository<AffiliateCommissionEntry> entryRepository,
        IRepository<AffiliatePayout> payoutRepository,
        IRepository<AffiliatePayoutLine> lineRepository,
        ISettingService settingService,
        TimeProvider timeProvider)
    {
        _messageService = messageService;
        _ledgerStore = ledgerStore;
        _logger = logger;
        _payoutEmailProvider = payoutEmailProvider;
        _currencyCodeProvider = currencyCodeProvider;
        _commissionRepository = commissionRepository;
        _entryRepository = entryRepository;
        _payoutRepository = payoutRepository;
        _lineRepository = lineRepository;
        _settingService = settingService;
        _timeProvider = timeProvider;
    }

    private DateTime UtcNow => _timeProvider.GetUtcNow().UtcDateTime;

    /// <inheritdoc />
    public async Task<PayoutBatchResult> CreatePayoutBatchAsync()
    {
        var settings = await _settingService.LoadSettingAsync<AffiliateTrackingSettings>();

        var open = await GetOpenCommissionsAsync();
        var payable = open.GroupBy(c => c.AffiliateId)
            .Where(g => PayoutRule.IsPayable(g.Sum(c => c.Amount - c.PaidOutAmount), settings.MinimumPayoutAmount))
            .OrderBy(g => g.Key)
            .ToList();
        if (payable.Count == 0)
            return PayoutBatchResult.Empty;

        var now = UtcNow;
        var currencyCode = await _currencyCodeProvider.GetPrimaryCurrencyCodeAsync();
        var payout = new AffiliatePayout { Status = PayoutStatus.Pending, CurrencyCode = currencyCode, CreatedOnUtc = now };
        await _payoutRepository.InsertAsync(payout, false);
        payout.Reference = PayoutRule.BatchReference(now, payout.Id);

        var lines = new List<AffiliatePayoutLine>();
        foreach (var group in payable)
        {
            var amount = await ClaimAsync(group.ToList(), payout.Id, now);
            if (amount <= 0m)
                continue;

            var email = await _payoutEmailProvider.GetPayoutEmailAsync(group.Key);
            if (string.IsNullOrEmpty(email))
                await _logger.WarningAsync($"Affiliate tracking: affiliate {group.Key} has no payout e-mail; payout {payout.Reference} lists them without one.");

            var line = new AffiliatePayoutLine
            {
                PayoutId = payout.Id,
                AffiliateId = group.Key,
                Amount = amount,
                CurrencyCode = currencyCode,
                PayoutEmail = email,
                Reference = PayoutRule.LineReference(payout.Reference, group.Key),
                Status = PayoutStatus.Pending,
                CreatedOnUtc = now
            };
            await _lineRepository.InsertAsync(line, false);
            lines.Add(line);
        }

        if (lines.Count == 0)
        {
            // Another batch created at the same moment took every commission.
            await _payoutRepository.DeleteAsync(payout, false);
            return PayoutBatchResult.Empty;
        }

        payout.TotalAmount = lines.Sum(l => l.Amount);
        await _payoutRepository.UpdateAsync(payout, false);

        return new PayoutBatchResult(payout, lines);
    }

    /// <inheritdoc />
    public async Task<string> ExportCsvAsync(int payoutId)
    {
        var payout = await GetPayoutByIdAsync(payoutId);
        if (payout is null)
            return null;

        var lines = await GetPayoutLinesAsync(payoutId);
        return PayoutCsv.Write(lines.Select(l => new PayoutCsvLine(l.PayoutEmail, l.Amount, l.CurrencyCode, l.Reference)));
    }

    /// <inheritdoc />
    public async Task<AffiliatePayout> MarkPaidAsync(int payoutId)
    {
        var payout = await GetPayoutByIdAsync(payoutId);
        if (payout is null)
            return null;

        var now = UtcNow;
        if (payout.Status != PayoutStatus.Paid)
        {
            payout.Status = PayoutStatus.Paid;
            payout.PaidOnUtc = now;
            await _payoutRepository.UpdateAsync(payout, false);
        }

        foreach (var line in (await GetPayoutLinesAsync(payoutId)).Where(l => l.Status != PayoutStatus.Paid))
        {
            line.Status = PayoutStatus.Paid;
            line.PaidOnUtc = payout.PaidOnUtc;
            await _lineRepository.UpdateAsync(line, false);
        }

        // The ledger's unique keys make each commission's "payout paid" entry exactly-once across requests and nodes. The
        // call that stores the entry of an affiliate's first commission in the batch is the one that tells that affiliate;
        // every call walks the commissions in the same order, so any number of simultaneous clicks send one e-mail each.
        var commissionIds = await _entryRepository.Table
            .Where(e => e.PayoutId == payoutId && e.KindId == (int)LedgerEntryKind.Payout)
            .Select(e => e.CommissionId)
            .Distinct()
            .ToListAsync();
        var commissions = (await _commissionRepository.GetByIdsAsync(commissionIds)).OrderBy(c => c.Id).ToList();
        var markerCommissionIds = commissions.GroupBy(c => c.AffiliateId).Select(group => group.First().Id).ToHashSet();
        var affiliatesToNotify = new HashSet<int>();
        foreach (var commission in commissions)
        {
            var (_, added) = await _ledgerStore.AppendAsync(commission, [new LedgerEntry(LedgerEntryKind.PayoutPaid, LedgerKeys.PayoutPaid(payoutId), now, PayoutId: payoutId)]);
            if (added > 0 && markerCommissionIds.Contains(commission.Id))
                affiliatesToNotify.Add(commission.AffiliateId);
        }

        if (affiliatesToNotify.Count > 0)
        {
            foreach (var line in (await GetPayoutLinesAsync(payoutId)).Where(l => affiliatesToNotify.Contains(l.AffiliateId)))
                await _messageService.SendPayoutSentAsync(line.AffiliateId, line.Amount, line.CurrencyCode, line.Reference, payout.PaidOnUtc ?? now);
        }

        return payout;
    }

    /// <inheritdoc />
    public Task<AffiliatePayout> GetPayoutByIdAsync(int payoutId) => _payoutRepository.GetByIdAsync(payoutId);

    /// <inheritdoc />
    public async Task<IList<AffiliatePayoutLine>> GetPayoutLinesAsync(int payoutId) =>
        await _lineRepository.Table.Where(l => l.PayoutId == payoutId).OrderBy(l => l.AffiliateId).ToListAsync();

    /// <inheritdoc />
    public async Task<IList<AffiliatePayoutLine>> GetPayoutsByAffiliateAsync(int affiliateId) =>
        await _lineRepository.Table.Where(l => l.AffiliateId == affiliateId).OrderByDescending(l => l.CreatedOnUtc).ThenByDescending(l => l.Id).ToListAsync();

    /// <inheritdoc />
    public async Task<IList<PayoutBalance>> GetOpenBalancesAsync()
    {
        var settings = await _settingService.LoadSettingAsync<AffiliateTrackingSettings>();
        return (await GetOpenCommissionsAsync())
            .GroupBy(c => c.AffiliateId)
            .Select(g => (AffiliateId: g.Key, Amount: g.Sum(c => c.Amount - c.PaidOutAmount)))
            .Where(b => b.Amount != 0m)
            .Select(b => new PayoutBalance(b.AffiliateId, b.Amount, PayoutRule.IsPayable(b.Amount, settings.MinimumPayoutAmount)))
            .OrderByDescending(b => b.Payable)
            .ThenBy(b => b.AffiliateId)
            .ToList();
    }

    /// <inheritdoc />
    public async Task<IPagedList<AffiliatePayout>> GetPayoutsAsync(int pageIndex, int pageSize) =>
        await _payoutRepository.Table.OrderByDescending(p => p.CreatedOnUtc).ThenByDescending(p => p.Id)
            .ToPagedListAsync(Math.Max(0, pageIndex), Math.Max(1, pageSize));

    // Pending commissions owe nothing yet; every other one owes Amount − PaidOutAmount (negative after a refund of a paid one).
    private async Task<List<AffiliateCommission>> GetOpenCommissionsAsync() =>
        await _commissionRepository.Table
            .Where(c => c.StatusId != (int)CommissionStatus.Pending && c.Amount != c.PaidOutAmount)
            .ToListAsync();

    // Positive amounts first, then carried negative adjustments only while the line stays positive: a line never goes
    // to zero or below, and an adjustment left out waits for the next batch.
    private async Task<decimal> ClaimAsync(IList<AffiliateCommission> commissions, int payoutId, DateTime now)
    {
        var states = new List<(AffiliateCommission Commission, CommissionLedgerState State)>();
        foreach (var commission in commissions)
            states.Add((commission, await _ledgerStore.GetStateAsync(commission)));

        var claimed = 0m;
        foreach (var (commission, state) in states.Where(s => s.State.Outstanding != 0m).OrderByDescending(s => s.State.Outstanding > 0m).ThenBy(s => s.Commission.Id))
        {
            if (state.Outstanding < 0m && claimed + state.Outstanding <= 0m)
                continue;

            var entry = new LedgerEntry(LedgerEntryKind.Payout, LedgerKeys.Payout(state.PayoutCount + 1), now, state.Outstanding, payoutId);
            var (_, added) = await _ledgerStore.AppendAsync(commission, [entry]);
            if (added > 0)
                claimed += state.Outstanding;
        }

        return claimed;
    }
}
