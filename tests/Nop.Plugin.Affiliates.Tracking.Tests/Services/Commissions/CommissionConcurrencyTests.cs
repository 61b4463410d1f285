using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Events;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;
using static Nop.Plugin.Affiliates.Tracking.Tests.Services.Commissions.LedgerTestContext;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Commissions;

/// <summary>
/// The same nopCommerce event delivered many times at once, each delivery on its own thread, DI scope and DbContext
/// (as two web-farm nodes, or a retried request, would handle it): the unique keys let exactly one change the ledger.
/// On SQLite the writers queue on the database lock (busy timeout); on PostgreSQL they really run side by side.
/// </summary>
[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class CommissionConcurrencyTests : DatabaseFixture
{
    private const int Deliveries = 50;

    private static readonly DateTime PlacedOn = new(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc);

    private LedgerTestContext _ledger;

    public CommissionConcurrencyTests(DatabaseEngine engine) : base(engine)
    {
    }

    [SetUp]
    public async Task SetUpAsync()
    {
        await Database.ClearAllTablesAsync();
        _ledger = new LedgerTestContext(Database, PlacedOn);
    }

    [TearDown]
    public async Task TearDownAsync() => await _ledger.DisposeAsync();

    private async Task<Order> PlacedAndCreditedAsync()
    {
        var order = _ledger.AddOrder(1000);
        await _ledger.CreditAsync(order);
        return order;
    }

    private async Task<IList<AffiliateCommissionEntry>> EntriesAsync(LedgerEntryKind kind) =>
        (await _ledger.AllAsync<AffiliateCommissionEntry>()).Where(e => e.Kind == kind).ToList();

    [Test]
    public async Task OrderPlacedEvent_Delivered50TimesInParallel_ExactlyOneCommission()
    {
        var order = _ledger.AddOrder(1000, affiliateId: 0);
        await Database.CreateRepository<AffiliateAttribution>().InsertAsync(new AffiliateAttribution
        {
            VisitorId = Guid.NewGuid(), CustomerId = ShopperId, AffiliateId = AliceId, LinkId = 5,
            ClickedOnUtc = PlacedOn.AddDays(-1), UpdatedOnUtc = PlacedOn.AddDays(-1)
        });

        await _ledger.InParallelAsync(Deliveries, (provider, _) =>
            provider.GetRequiredService<OrderPlacedEventConsumer>().HandleEventAsync(new OrderPlacedEvent(Copy(order))));

        var commission = (await _ledger.AllAsync<AffiliateCommission>()).Single();
        Assert.That((commission.OrderId, commission.AffiliateId, commission.Source, commission.Amount),
            Is.EqualTo((1000, AliceId, AttributionSource.Link, 10m)));
        Assert.That((await _ledger.AllAsync<AffiliateCommissionEntry>()).Select(e => e.EntryKey), Is.EqualTo(new[] { "1000/placed" }));
        Assert.That(_ledger.PublishedStatuses(1000), Is.EqualTo(new[] { "pending" }));
        Assert.That(await _ledger.AllAsync<AffiliateLifetimeReferral>(), Has.Count.EqualTo(1));
        Assert.That(_ledger.Log.Where(line => line.StartsWith("error")), Is.Empty);
    }

    [Test]
    public async Task OrderPaidEvent_Delivered50TimesInParallel_OnePaidEntry()
    {
        var order = await PlacedAndCreditedAsync();
        order.PaymentStatus = PaymentStatus.Paid;
        order.PaidDateUtc = PlacedOn.AddHours(1);

        await _ledger.InParallelAsync(Deliveries, (provider, _) =>
            provider.GetRequiredService<OrderLifecycleEventConsumer>().HandleEventAsync(new OrderPaidEvent(Copy(order))));

        Assert.That((await EntriesAsync(LedgerEntryKind.OrderPaid)).Count, Is.EqualTo(1));
        Assert.That((await _ledger.ReloadAsync(1000)).OrderPaidOnUtc, Is.EqualTo(PlacedOn.AddHours(1)));
    }

    [Test]
    public async Task OrderRefundedEvent_Delivered50TimesInParallel_RefundAppliedOnce()
    {
        var order = await PlacedAndCreditedAsync();
        order.PaymentStatus = PaymentStatus.PartiallyRefunded;
        order.RefundedAmount = 23m;

        await _ledger.InParallelAsync(Deliveries, (provider, _) =>
            provider.GetRequiredService<OrderLifecycleEventConsumer>().HandleEventAsync(new OrderRefundedEvent(Copy(order), 23m)));

        var refunds = await EntriesAsync(LedgerEntryKind.Refund);
        Assert.That(refunds.Select(e => e.EntryKey), Is.EqualTo(new[] { "1000/refund:23.0000" }));
        Assert.That((await _ledger.ReloadAsync(1000)).Amount, Is.EqualTo(8m));
        Assert.That(_ledger.PublishedStatuses(1000), Is.EqualTo(new[] { "pending", "adjusted" }));
    }

    [Test]
    public async Task OrderRefundedEvent_TwoRefundsRacing_LedgerEndsAtTheLargerCumulativeAmount()
    {
        var order = await PlacedAndCreditedAsync();
        var first = Copy(order);
        first.PaymentStatus = PaymentStatus.PartiallyRefunded;
        first.RefundedAmount = 23m;
        var second = Copy(first);
        second.RefundedAmount = 69m;

        await _ledger.InParallelAsync(Deliveries, (provider, i) =>
            provider.GetRequiredService<OrderLifecycleEventConsumer>().HandleEventAsync(
                i % 2 == 0 ? new OrderRefundedEvent(Copy(first), 23m) : new OrderRefundedEvent(Copy(second), 46m)));

        // Which refund lands first is up to the race: when the 69 one does, the 23 one is stale and adds nothing.
        var refunds = (await EntriesAsync(LedgerEntryKind.Refund)).Select(e => e.EntryKey).ToList();
        Assert.That(refunds, Is.Unique);
        Assert.That(refunds, Does.Contain("1000/refund:69.0000"));
        Assert.That(refunds, Is.SubsetOf(new[] { "1000/refund:23.0000", "1000/refund:69.0000" }));
        var commission = await _ledger.ReloadAsync(1000);
        Assert.That((commission.Amount, commission.RefundedAmount), Is.EqualTo((4m, 69m)));
    }

    [Test]
    public async Task OrderCancelledAndDeleted_DeliveredInParallel_OneReversal()
    {
        var order = await PlacedAndCreditedAsync();
        order.OrderStatus = OrderStatus.Cancelled;
        order.Deleted = true;

        await _ledger.InParallelAsync(Deliveries, (provider, i) =>
        {
            var consumer = provider.GetRequiredService<OrderLifecycleEventConsumer>();
            return i % 2 == 0
                ? consumer.HandleEventAsync(new OrderStatusChangedEvent(Copy(order), OrderStatus.Pending))
                : consumer.HandleEventAsync(new Nop.Core.Events.EntityDeletedEvent<Order>(Copy(order)));
        });

        Assert.That((await EntriesAsync(LedgerEntryKind.Reversal)).Count, Is.EqualTo(1));
        Assert.That((await _ledger.ReloadAsync(1000)).Status, Is.EqualTo(CommissionStatus.Reversed));
        Assert.That(_ledger.PublishedStatuses(1000), Is.EqualTo(new[] { "pending", "reversed" }));
    }
}
