using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Services.Payouts;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.Services.Commissions;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;
using static Nop.Plugin.Affiliates.Tracking.Tests.Services.Commissions.LedgerTestContext;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Payouts;

[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class AffiliatePayoutServiceTests : DatabaseFixture
{
    private static readonly DateTime PlacedOn = new(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc);

    private LedgerTestContext _ledger;
    private int _nextOrderId;

    public AffiliatePayoutServiceTests(DatabaseEngine engine) : base(engine)
    {
    }

    [SetUp]
    public async Task SetUpAsync()
    {
        await Database.ClearAllTablesAsync();
        _ledger = new LedgerTestContext(Database, PlacedOn);
        _nextOrderId = 1000;
    }

    [TearDown]
    public async Task TearDownAsync() => await _ledger.DisposeAsync();

    private Task<T> PayoutsAsync<T>(Func<IAffiliatePayoutService, Task<T>> action) =>
        _ledger.InScopeAsync(provider => action(provider.GetRequiredService<IAffiliatePayoutService>()));

    // A paid order of the given subtotal (commission 10 %), optionally approved after the hold period.
    private async Task<Order> PaidOrderAsync(decimal subtotal, int affiliateId = AliceId, bool approve = true)
    {
        var order = _ledger.AddOrder(_nextOrderId++, affiliateId, subtotal, subtotal, paymentStatus: PaymentStatus.Paid);
        await _ledger.CreditAsync(order, affiliateId: affiliateId);
        if (approve)
        {
            var now = _ledger.UtcNow;
            _ledger.Clock.SetUtcNow(order.PaidDateUtc!.Value.AddDays(30));
            await _ledger.CommissionsAsync(s => s.ApproveDueCommissionsAsync());
            _ledger.Clock.SetUtcNow(now);
        }

        return order;
    }

    private async Task RefundAsync(Order order, decimal amount)
    {
        order.RefundedAmount += amount;
        order.PaymentStatus = order.RefundedAmount >= order.OrderTotal ? PaymentStatus.Refunded : PaymentStatus.PartiallyRefunded;
        await _ledger.LifecycleAsync(c => c.HandleEventAsync(new OrderRefundedEvent(order, amount)));
    }

    [Test]
    public async Task CreatePayoutBatchAsync_BalancesAtOrAboveMinimum_OneLinePerAffiliate()
    {
        await PaidOrderAsync(300m);
        await PaidOrderAsync(200m);
        await PaidOrderAsync(490m, BobId);
        await PaidOrderAsync(1000m, approve: false);

        var result = await PayoutsAsync(s => s.CreatePayoutBatchAsync());

        Assert.That(result.Payout, Is.Not.Null);
        Assert.That((result.Payout.Status, result.Payout.TotalAmount, result.Payout.CurrencyCode, result.Payout.Reference),
            Is.EqualTo((PayoutStatus.Pending, 50m, "USD", $"AFF-20260601-{result.Payout.Id}")));
        var line = result.Lines.Single();
        Assert.That((line.AffiliateId, line.Amount, line.CurrencyCode, line.PayoutEmail, line.Reference),
            Is.EqualTo((AliceId, 50m, "USD", AliceEmail, $"AFF-20260601-{result.Payout.Id}-{AliceId}")));
        var alices = (await _ledger.AllAsync<AffiliateCommission>()).Where(c => c.AffiliateId == AliceId && c.Status == CommissionStatus.Approved).ToList();
        Assert.That(alices.Select(c => (c.PaidOutAmount, c.PayoutId)), Is.EqualTo(new[] { (30m, result.Payout.Id), (20m, result.Payout.Id) }));
    }

    [Test]
    public async Task CreatePayoutBatchAsync_RunTwice_SecondFindsNothing()
    {
        await PaidOrderAsync(600m);

        var first = await PayoutsAsync(s => s.CreatePayoutBatchAsync());
        var second = await PayoutsAsync(s => s.CreatePayoutBatchAsync());

        Assert.That(first.Lines, Has.Count.EqualTo(1));
        Assert.That(second, Is.EqualTo(PayoutBatchResult.Empty));
        Assert.That(await _ledger.AllAsync<AffiliatePayout>(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task CreatePayoutBatchAsync_NothingPayable_NoBatch()
    {
        await PaidOrderAsync(100m);
        await PaidOrderAsync(900m, approve: false);

        Assert.That(await PayoutsAsync(s => s.CreatePayoutBatchAsync()), Is.EqualTo(PayoutBatchResult.Empty));
        Assert.That(await _ledger.AllAsync<AffiliatePayout>(), Is.Empty);
    }

    [Test]
    public async Task MarkPaidAsync_Batch_PaidEverywhereOnceAndCommissionsPublished()
    {
        await PaidOrderAsync(600m);
        var batch = await PayoutsAsync(s => s.CreatePayoutBatchAsync());
        _ledger.Clock.SetUtcNow(PlacedOn.AddDays(40));

        var paid = await PayoutsAsync(s => s.MarkPaidAsync(batch.Payout.Id));
        await PayoutsAsync(s => s.MarkPaidAsync(batch.Payout.Id));

        Assert.That((paid.Status, paid.PaidOnUtc), Is.EqualTo((PayoutStatus.Paid, (DateTime?)PlacedOn.AddDays(40))));
        var line = (await _ledger.AllAsync<AffiliatePayoutLine>()).Single();
        Assert.That((line.Status, line.PaidOnUtc), Is.EqualTo((PayoutStatus.Paid, (DateTime?)PlacedOn.AddDays(40))));
        Assert.That((await _ledger.AllAsync<AffiliateCommission>()).Single().Status, Is.EqualTo(CommissionStatus.Paid));
        Assert.That(_ledger.PublishedStatuses(1000), Is.EqualTo(new[] { "pending", "approved", "paid" }));
        Assert.That(_ledger.PayoutEmails, Is.EqualTo(new[] { (AliceId, 60m, line.Reference) }), "one payout-sent e-mail, not one per click");
    }

    [Test]
    public async Task MarkPaidAsync_ManyClicksAtOnce_OnePayoutEmailPerAffiliate()
    {
        for (var i = 0; i < 5; i++)
            await PaidOrderAsync(500m + i * 100m, i % 2 == 0 ? AliceId : BobId);
        var batch = await PayoutsAsync(s => s.CreatePayoutBatchAsync());
        _ledger.Clock.SetUtcNow(PlacedOn.AddDays(40));

        // Each call on its own thread, DI scope and DbContext, released together: two admins, two nodes, a double click.
        await _ledger.InParallelAsync(30, (provider, _) => provider.GetRequiredService<IAffiliatePayoutService>().MarkPaidAsync(batch.Payout.Id));

        var lines = await _ledger.AllAsync<AffiliatePayoutLine>();
        Assert.That(_ledger.PayoutEmails.OrderBy(e => e.AffiliateId), Is.EqualTo(lines.OrderBy(l => l.AffiliateId).Select(l => (l.AffiliateId, l.Amount, l.Reference))));
        Assert.That(_ledger.PayoutEmails.Select(e => e.AffiliateId), Is.EquivalentTo(new[] { AliceId, BobId }));
        Assert.That(lines.Select(l => l.Status), Has.All.EqualTo(PayoutStatus.Paid));
        var commissions = await _ledger.AllAsync<AffiliateCommission>();
        Assert.That(commissions.Select(c => c.Status), Has.All.EqualTo(CommissionStatus.Paid));
        var paidEntries = (await _ledger.AllAsync<AffiliateCommissionEntry>()).Count(e => e.Kind == Tracking.Rules.LedgerEntryKind.PayoutPaid);
        Assert.That(paidEntries, Is.EqualTo(commissions.Count));
        Assert.That(_ledger.Log.Where(line => line.StartsWith("error")), Is.Empty);
    }

    [Test]
    public async Task PartialRefundAfterPayout_NegativeAdjustmentCarriedIntoNextPayout()
    {
        var first = await PaidOrderAsync(600m);
        var batch = await PayoutsAsync(s => s.CreatePayoutBatchAsync());
        await PayoutsAsync(s => s.MarkPaidAsync(batch.Payout.Id));

        await RefundAsync(first, 150m);
        var afterRefund = await _ledger.ReloadAsync(first.Id);
        await PaidOrderAsync(700m);
        var next = await PayoutsAsync(s => s.CreatePayoutBatchAsync());

        Assert.That((afterRefund.Status, afterRefund.Amount, afterRefund.PaidOutAmount), Is.EqualTo((CommissionStatus.Paid, 45m, 60m)));
        Assert.That(next.Lines.Single().Amount, Is.EqualTo(70m - 15m));
        var settled = await _ledger.ReloadAsync(first.Id);
        Assert.That((settled.PaidOutAmount, settled.PayoutId), Is.EqualTo((45m, next.Payout.Id)));
    }

    [Test]
    public async Task FullRefundAfterPayout_NegativeBalanceWaitsThenIsRecovered()
    {
        var first = await PaidOrderAsync(600m);
        var batch = await PayoutsAsync(s => s.CreatePayoutBatchAsync());
        await PayoutsAsync(s => s.MarkPaidAsync(batch.Payout.Id));
        await RefundAsync(first, 600m);

        var whileNegative = await PayoutsAsync(s => s.CreatePayoutBatchAsync());
        await PaidOrderAsync(1200m);
        var recovered = await PayoutsAsync(s => s.CreatePayoutBatchAsync());

        var reversed = await _ledger.ReloadAsync(first.Id);
        Assert.That(whileNegative, Is.EqualTo(PayoutBatchResult.Empty));
        Assert.That(recovered.Lines.Single().Amount, Is.EqualTo(120m - 60m));
        Assert.That((reversed.Status, reversed.Amount, reversed.PaidOutAmount), Is.EqualTo((CommissionStatus.Reversed, 0m, 0m)));
    }

    [Test]
    public async Task CreatePayoutBatchAsync_AdjustmentLargerThanNewEarnings_LeftForLater()
    {
        var first = await PaidOrderAsync(1000m);
        var batch = await PayoutsAsync(s => s.CreatePayoutBatchAsync());
        await PayoutsAsync(s => s.MarkPaidAsync(batch.Payout.Id));
        await RefundAsync(first, 1000m);
        await PaidOrderAsync(500m);
        await PaidOrderAsync(700m);

        var result = await PayoutsAsync(s => s.CreatePayoutBatchAsync());

        // 50 + 70 approved minus the 100 paid out before: 20, under the minimum of 50, so nothing is paid yet.
        Assert.That(result, Is.EqualTo(PayoutBatchResult.Empty));
        _ledger.Settings.MinimumPayoutAmount = 10m;
        var lowered = await PayoutsAsync(s => s.CreatePayoutBatchAsync());
        Assert.That(lowered.Lines.Single().Amount, Is.EqualTo(20m));
    }

    [Test]
    public async Task ExportCsvAsync_Batch_EmailAmountCurrencyReference()
    {
        await PaidOrderAsync(600m);
        await PaidOrderAsync(555.55m, BobId);
        var batch = await PayoutsAsync(s => s.CreatePayoutBatchAsync());

        var csv = await PayoutsAsync(s => s.ExportCsvAsync(batch.Payout.Id));

        var reference = batch.Payout.Reference;
        Assert.That(csv, Is.EqualTo($"PayoutEmail,Amount,Currency,Reference\r\n{AliceEmail},60.00,USD,{reference}-7\r\nbob@example.com,55.56,USD,{reference}-8\r\n"));
    }

    [Test]
    public async Task UnknownPayout_NullEverywhere()
    {
        Assert.That(await PayoutsAsync(s => s.ExportCsvAsync(999)), Is.Null);
        Assert.That(await PayoutsAsync(s => s.MarkPaidAsync(999)), Is.Null);
        Assert.That(await PayoutsAsync(s => s.MarkPaidAsync(0)), Is.Null);
    }

    [Test]
    public async Task GetPayoutsByAffiliateAsync_OnlyTheAffiliatesLinesNewestFirst()
    {
        await PaidOrderAsync(600m);
        await PaidOrderAsync(600m, BobId);
        var first = await PayoutsAsync(s => s.CreatePayoutBatchAsync());
        _ledger.Clock.SetUtcNow(PlacedOn.AddDays(1));
        await PaidOrderAsync(800m);
        var second = await PayoutsAsync(s => s.CreatePayoutBatchAsync());

        var alices = await PayoutsAsync(s => s.GetPayoutsByAffiliateAsync(AliceId));

        Assert.That(alices.Select(l => (l.PayoutId, l.Amount)), Is.EqualTo(new[] { (second.Payout.Id, 80m), (first.Payout.Id, 60m) }));
    }

    [Test]
    public async Task CreatePayoutBatchAsync_TwoAdminsAtOnce_EachCommissionPaidOutOnce()
    {
        for (var i = 0; i < 6; i++)
            await PaidOrderAsync(500m + i * 100m, i % 2 == 0 ? AliceId : BobId);

        var results = new PayoutBatchResult[8];
        await _ledger.InParallelAsync(results.Length, async (provider, i) =>
            results[i] = await provider.GetRequiredService<IAffiliatePayoutService>().CreatePayoutBatchAsync());

        var commissions = await _ledger.AllAsync<AffiliateCommission>();
        var lines = await _ledger.AllAsync<AffiliatePayoutLine>();
        Assert.That(commissions.All(c => c.PaidOutAmount == c.Amount), Is.True);
        Assert.That(lines.Sum(l => l.Amount), Is.EqualTo(commissions.Sum(c => c.Amount)));
        var payoutEntries = (await _ledger.AllAsync<AffiliateCommissionEntry>()).Count(e => e.Kind == Tracking.Rules.LedgerEntryKind.Payout);
        Assert.That(payoutEntries, Is.EqualTo(commissions.Count));
        Assert.That(await _ledger.AllAsync<AffiliatePayout>(), Has.Count.EqualTo(results.Count(r => r.Payout is not null)));
    }
}
