using Nop.Core;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Attribution;
using Nop.Services.Configuration;
using Nop.Services.Logging;
using Nop.Services.Orders;

namespace Nop.Plugin.Affiliates.Tracking.Services.Commissions;

/// <summary>
/// Every lifecycle call goes through one decision (<see cref="CommissionReconciler"/>) made from the order as it is
/// now, so an event, a repeated event, an event-less change and the scheduled reconciliation all give the same ledger.
/// The lifecycle keeps following orders while the program is switched off; only crediting new orders stops.
/// </summary>
public class AffiliateCommissionService : IAffiliateCommissionService
{
    private readonly ICommissionCalculationService _calculationService;
    private readonly ICommissionLedgerStore _ledgerStore;
    private readonly ILifetimeReferralService _lifetimeReferralService;
    private readonly ILogger _logger;
    private readonly IOrderService _orderService;
    private readonly IRepository<AffiliateCommission> _commissionRepository;
    private readonly ISelfReferralService _selfReferralService;
    private readonly ISettingService _settingService;
    private readonly TimeProvider _timeProvider;

    public AffiliateCommissionService(ICommissionCalculationService calculationService,
        ICommissionLedgerStore ledgerStore,
        ILifetimeReferralService lifetimeReferralService,
        ILogger logger,
        IOrderService orderService,
        IRepository<AffiliateCommission> commissionRepository,
        ISelfReferralService selfReferralService,
        ISettingService settingService,
        TimeProvider timeProvider)
    {
        _calculationService = calculationService;
        _ledgerStore = ledgerStore;
        _lifetimeReferralService = lifetimeReferralService;
        _logger = logger;
        _orderService = orderService;
        _commissionRepository = commissionRepository;
        _selfReferralService = selfReferralService;
        _settingService = settingService;
        _timeProvider = timeProvider;
    }

    private DateTime UtcNow => _timeProvider.GetUtcNow().UtcDateTime;

    /// <inheritdoc />
    public async Task<AffiliateCommission> CreditOrderAsync(Order order, OrderAttribution attribution)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (attribution is not { IsCredited: true, Source: not null })
            return null;

        var existing = await GetCommissionByOrderIdAsync(order.Id);
        if (existing is not null)
            return existing;

        if (order.Id <= 0 || !LedgerInputRules.IsPlausibleOrderAmount(order.OrderTotal) || !LedgerInputRules.IsPlausibleOrderAmount(order.OrderSubtotalExclTax))
        {
            await _logger.WarningAsync($"Affiliate tracking: order {order.Id} not credited to affiliate {attribution.AffiliateId}: "
                + $"implausible amounts (total {order.OrderTotal}, subtotal {order.OrderSubtotalExclTax}).");
            return null;
        }

        if (await _selfReferralService.IsOwnOrderAsync(attribution.AffiliateId, order.CustomerId))
        {
            await _logger.InformationAsync($"Affiliate tracking: order {order.Id} is affiliate {attribution.AffiliateId}'s own order and earns no commission.");
            return null;
        }

        var calculation = await _calculationService.CalculateAsync(order, attribution.AffiliateId);
        var now = UtcNow;
        var commission = new AffiliateCommission
        {
            OrderId = order.Id,
            AffiliateId = attribution.AffiliateId,
            Source = attribution.Source.Value,
            CouponCode = attribution.CouponCode,
            LinkId = attribution.LinkId,
            ClickId = attribution.ClickId,
            StoreId = order.StoreId,
            CustomerId = order.CustomerId,
            Status = CommissionStatus.Pending,
            BaseAmount = calculation.BaseAmount,
            OriginalAmount = calculation.Amount,
            Amount = calculation.Amount,
            OrderTotal = order.OrderTotal,
            OrderCurrencyCode = order.CustomerCurrencyCode,
            OrderCurrencyRate = order.CurrencyRate,
            CreatedOnUtc = now,
            UpdatedOnUtc = now
        };

        try
        {
            await _commissionRepository.InsertAsync(commission, false);
        }
        catch (Exception)
        {
            // Unique OrderId: the same event on another scope or node credited the order first.
            existing = await GetCommissionByOrderIdAsync(order.Id);
            if (existing is null)
                throw;

            return existing;
        }

        await _ledgerStore.AppendAsync(commission, [new LedgerEntry(LedgerEntryKind.Placed, LedgerKeys.Placed, order.CreatedOnUtc)]);
        await _ledgerStore.PublishChangedAsync(commission, CommissionChangeNames.Pending);

        if (commission.Source != AttributionSource.Lifetime)
            await _lifetimeReferralService.RecordAsync(order.CustomerId, commission.AffiliateId, order.Id, order.CreatedOnUtc);

        // An order can be paid when it is placed; the same decision as every later event applies.
        return await ReconcileOrderAsync(order) ?? commission;
    }

    /// <inheritdoc />
    public async Task<AffiliateCommission> MarkOrderPaidAsync(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);

        return await ReconcileCreditedOrderAsync(order, "paid");
    }

    /// <inheritdoc />
    public async Task<AffiliateCommission> ApplyRefundAsync(Order order, decimal amount)
    {
        ArgumentNullException.ThrowIfNull(order);

        if (!LedgerInputRules.IsValidRefund(amount, order.OrderTotal, order.RefundedAmount))
        {
            await _logger.WarningAsync($"Affiliate tracking: refund event for order {order.Id} ignored: amount {amount} does not fit "
                + $"order total {order.OrderTotal} and refunded amount {order.RefundedAmount}.");
            return await GetCommissionByOrderIdAsync(order.Id);
        }

        return await ReconcileCreditedOrderAsync(order, "refunded");
    }

    /// <inheritdoc />
    public async Task<AffiliateCommission> ReverseOrderAsync(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);

        return await ReconcileCreditedOrderAsync(order, "reversed");
    }

    /// <inheritdoc />
    public async Task<AffiliateCommission> ReconcileOrderAsync(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);

        var commission = await GetCommissionByOrderIdAsync(order.Id);
        return commission is null ? null : await ReconcileAsync(commission, order);
    }

    /// <inheritdoc />
    public async Task<AffiliateCommission> ReconcileOrderAsync(int orderId)
    {
        var order = orderId > 0 ? await _orderService.GetOrderByIdAsync(orderId) : null;
        if (order is null)
        {
            await _logger.WarningAsync($"Affiliate tracking: order {orderId} does not exist; its commission, if any, is left as it is.");
            return await GetCommissionByOrderIdAsync(orderId);
        }

        return await ReconcileOrderAsync(order);
    }

    /// <inheritdoc />
    public async Task<int> ReconcileAsync()
    {
        var settings = await _settingService.LoadSettingAsync<AffiliateTrackingSettings>();
        var from = UtcNow.AddDays(-Math.Clamp(settings.LedgerReconcileDays, CommissionSettingsRules.MinReconcileDays, CommissionSettingsRules.MaxReconcileDays));
        var changed = 0;
        var lastId = 0;

        while (true)
        {
            var batch = await _commissionRepository.Table
                .Where(c => c.Id > lastId && c.CreatedOnUtc >= from)
                .OrderBy(c => c.Id)
                .Take(AffiliateTrackingDefaults.LedgerReconcileBatchSize)
                .ToListAsync();
            if (batch.Count == 0)
                return changed;

            lastId = batch[^1].Id;
            var orders = (await _orderService.GetOrdersByIdsAsync(batch.Select(c => c.OrderId).ToArray())).ToDictionary(o => o.Id);

            foreach (var commission in batch)
            {
                try
                {
                    // GetOrdersByIdsAsync leaves deleted orders out; they are exactly the ones to reverse.
                    var order = orders.GetValueOrDefault(commission.OrderId) ?? await _orderService.GetOrderByIdAsync(commission.OrderId);
                    if (order is null)
                    {
                        await _logger.WarningAsync($"Affiliate tracking: order {commission.OrderId} of commission {commission.Id} no longer exists; left as it is.");
                        continue;
                    }

                    var before = (commission.StatusId, commission.Amount, commission.RefundedAmount, commission.OrderPaidOnUtc);
                    var after = await ReconcileAsync(commission, order);
                    if ((after.StatusId, after.Amount, after.RefundedAmount, after.OrderPaidOnUtc) != before)
                        changed++;
                }
                catch (Exception exception)
                {
                    // One bad order must not stop the others; the next run tries it again.
                    await _logger.ErrorAsync($"Affiliate tracking: reconciling commission {commission.Id} (order {commission.OrderId}) failed.", exception);
                }
            }
        }
    }

    /// <inheritdoc />
    public async Task<int> ApproveDueCommissionsAsync()
    {
        var now = UtcNow;
        var approved = 0;
        var lastId = 0;
        var holdDaysByStore = new Dictionary<int, int>();

        while (true)
        {
            var batch = await _commissionRepository.Table
                .Where(c => c.Id > lastId && c.StatusId == (int)CommissionStatus.Pending && c.OrderPaidOnUtc != null && c.OrderPaidOnUtc <= now && c.Amount > 0m)
                .OrderBy(c => c.Id)
                .Take(AffiliateTrackingDefaults.LedgerReconcileBatchSize)
                .ToListAsync();
            if (batch.Count == 0)
                return approved;

            lastId = batch[^1].Id;
            foreach (var candidate in batch)
            {
                if (!holdDaysByStore.TryGetValue(candidate.StoreId, out var holdDays))
                {
                    holdDays = (await _settingService.LoadSettingAsync<AffiliateTrackingSettings>(candidate.StoreId)).HoldPeriodDays;
                    holdDaysByStore[candidate.StoreId] = holdDays;
                }

                if (!HoldPeriodRule.IsDue(await _ledgerStore.GetStateAsync(candidate), holdDays, now))
                    continue;

                try
                {
                    if (await ApproveAsync(candidate, holdDays, now))
                        approved++;
                }
                catch (Exception exception)
                {
                    await _logger.ErrorAsync($"Affiliate tracking: approving commission {candidate.Id} (order {candidate.OrderId}) failed.", exception);
                }
            }
        }
    }

    /// <inheritdoc />
    public Task<AffiliateCommission> GetCommissionByOrderIdAsync(int orderId) =>
        _commissionRepository.Table.FirstOrDefaultAsync(c => c.OrderId == orderId);

    /// <inheritdoc />
    public Task<IPagedList<AffiliateCommission>> GetCommissionsByAffiliateIdAsync(int affiliateId, CommissionStatus? status = null,
        int pageIndex = 0, int pageSize = int.MaxValue) =>
        _commissionRepository.GetAllPagedAsync(query =>
        {
            query = query.Where(c => c.AffiliateId == affiliateId);
            if (status.HasValue)
                query = query.Where(c => c.StatusId == (int)status.Value);

            return query.OrderByDescending(c => c.CreatedOnUtc).ThenByDescending(c => c.Id);
        }, pageIndex, pageSize);

    /// <inheritdoc />
    public Task<IList<AffiliateCommissionEntry>> GetEntriesAsync(int commissionId) => _ledgerStore.GetEntriesAsync(commissionId);

    // The order is re-read before approving: a refund or cancellation that raised no event must not be approved.
    private async Task<bool> ApproveAsync(AffiliateCommission candidate, int holdDays, DateTime now)
    {
        var order = await _orderService.GetOrderByIdAsync(candidate.OrderId);
        var commission = order is null ? candidate : await ReconcileAsync(candidate, order);
        if (!HoldPeriodRule.IsDue(await _ledgerStore.GetStateAsync(commission), holdDays, now))
            return false;

        var (_, added) = await _ledgerStore.AppendAsync(commission, [new LedgerEntry(LedgerEntryKind.Approval, LedgerKeys.Approval, now)]);
        return added > 0;
    }

    private async Task<AffiliateCommission> ReconcileCreditedOrderAsync(Order order, string what)
    {
        var commission = await GetCommissionByOrderIdAsync(order.Id);
        if (commission is not null)
            return await ReconcileAsync(commission, order);

        // Orders without an affiliate are not the program's business; one with an affiliate but no commission is
        // worth a line (self-referral, credited by hand, or placed before the plugin was installed).
        if (order.AffiliateId != 0)
            await _logger.InformationAsync($"Affiliate tracking: order {order.Id} was {what} but has no commission; nothing to change.");

        return null;
    }

    private async Task<AffiliateCommission> ReconcileAsync(AffiliateCommission commission, Order order)
    {
        var state = await _ledgerStore.GetStateAsync(commission);
        var plan = CommissionReconciler.Plan(state, OrderFactsFactory.From(order), UtcNow);
        if (plan.Count == 0)
            return commission;

        var (stored, _) = await _ledgerStore.AppendAsync(commission, plan);
        return stored;
    }
}
