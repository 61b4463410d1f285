using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Events;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Commissions;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;
using static Nop.Plugin.Affiliates.Tracking.Tests.Services.Commissions.LedgerTestContext;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Commissions;

/// <summary>
/// Every transition of the ledger, driven through the plugin's order event consumers where nopCommerce would drive it,
/// asserted on the stored rows.
/// </summary>
[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class AffiliateCommissionServiceTests : DatabaseFixture
{
    private static readonly DateTime PlacedOn = new(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc);

    private LedgerTestContext _ledger;

    public AffiliateCommissionServiceTests(DatabaseEngine engine) : base(engine)
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

    private async Task PayAsync(Order order)
    {
        order.PaymentStatus = PaymentStatus.Paid;
        order.PaidDateUtc = _ledger.UtcNow;
        order.OrderStatus = OrderStatus.Processing;
        await _ledger.LifecycleAsync(c => c.HandleEventAsync(new OrderPaidEvent(order)));
    }

    private async Task RefundAsync(Order order, decimal amount)
    {
        order.RefundedAmount += amount;
        order.PaymentStatus = order.RefundedAmount >= order.OrderTotal ? PaymentStatus.Refunded : PaymentStatus.PartiallyRefunded;
        await _ledger.LifecycleAsync(c => c.HandleEventAsync(new OrderRefundedEvent(order, amount)));
    }

    private async Task SetStatusAsync(Order order, OrderStatus status)
    {
        var previous = order.OrderStatus;
        order.OrderStatus = status;
        await _ledger.LifecycleAsync(c => c.HandleEventAsync(new OrderStatusChangedEvent(order, previous)));
    }

    private async Task<string[]> EntryKeysAsync(int orderId)
    {
        var commission = await _ledger.ReloadAsync(orderId);
        return (await _ledger.EntriesAsync(commission.Id)).Select(e => e.EntryKey).ToArray();
    }

    [Test]
    public async Task CreditOrderAsync_LinkOrder_StoresPendingCommissionWithItsSourceAndCurrency()
    {
        var order = _ledger.AddOrder(1000);

        var commission = await _ledger.CreditAsync(order);

        var stored = (await _ledger.AllAsync<AffiliateCommission>()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(stored.Id, Is.EqualTo(commission.Id));
            Assert.That(stored.OrderId, Is.EqualTo(1000));
            Assert.That(stored.AffiliateId, Is.EqualTo(AliceId));
            Assert.That(stored.Source, Is.EqualTo(AttributionSource.Link));
            Assert.That(stored.LinkId, Is.EqualTo(5));
            Assert.That(stored.ClickId, Is.EqualTo(99));
            Assert.That(stored.Status, Is.EqualTo(CommissionStatus.Pending));
            Assert.That(stored.BaseAmount, Is.EqualTo(100m));
            Assert.That(stored.Amount, Is.EqualTo(10m));
            Assert.That(stored.OriginalAmount, Is.EqualTo(10m));
            Assert.That(stored.OrderTotal, Is.EqualTo(115m));
            Assert.That(stored.OrderCurrencyCode, Is.EqualTo("EUR"));
            Assert.That(stored.OrderCurrencyRate, Is.EqualTo(0.9m));
            Assert.That(stored.CustomerId, Is.EqualTo(ShopperId));
            Assert.That(stored.CreatedOnUtc, Is.EqualTo(PlacedOn));
            Assert.That(stored.OrderPaidOnUtc, Is.Null);
        });
        Assert.That(await EntryKeysAsync(1000), Is.EqualTo(new[] { "1000/placed" }));
        var published = _ledger.Published.Single();
        Assert.That((published.Status, published.Commission, published.CurrencyCode, published.ClickId, published.OrderTotal),
            Is.EqualTo(("pending", 10m, "USD", 99, 115m)));
    }

    [Test]
    public async Task CreditOrderAsync_CalledTwice_OneCommissionOneEvent()
    {
        var order = _ledger.AddOrder(1000);

        var first = await _ledger.CreditAsync(order);
        var second = await _ledger.CreditAsync(order);

        Assert.That(second.Id, Is.EqualTo(first.Id));
        Assert.That(await _ledger.AllAsync<AffiliateCommission>(), Has.Count.EqualTo(1));
        Assert.That(_ledger.PublishedStatuses(1000), Is.EqualTo(new[] { "pending" }));
    }

    [Test]
    public async Task CreditOrderAsync_AffiliatesOwnOrder_NoCommissionAndALogLine()
    {
        var order = _ledger.AddOrder(1000, customerId: AliceAsCustomerId);

        var commission = await _ledger.CreditAsync(order);

        Assert.That(commission, Is.Null);
        Assert.That(await _ledger.AllAsync<AffiliateCommission>(), Is.Empty);
        Assert.That(await _ledger.AllAsync<AffiliateLifetimeReferral>(), Is.Empty);
        Assert.That(_ledger.Log, Has.One.Contains("own order"));
    }

    [Test]
    public async Task CreditOrderAsync_NotCredited_Nothing()
    {
        var order = _ledger.AddOrder(1000);

        var commission = await _ledger.CommissionsAsync(s => s.CreditOrderAsync(order, Tracking.Services.Attribution.OrderAttribution.None));

        Assert.That(commission, Is.Null);
        Assert.That(await _ledger.AllAsync<AffiliateCommission>(), Is.Empty);
    }

    [TestCase(-1, 100)]
    [TestCase(5e9, 100)]
    [TestCase(115, -100)]
    public async Task CreditOrderAsync_ImplausibleAmounts_IgnoredWithWarning(decimal total, decimal subtotal)
    {
        var order = _ledger.AddOrder(1000, subtotal: subtotal, total: total);

        Assert.That(await _ledger.CreditAsync(order), Is.Null);
        Assert.That(await _ledger.AllAsync<AffiliateCommission>(), Is.Empty);
        Assert.That(_ledger.Log, Has.One.StartsWith("warning:").And.Contains("implausible"));
    }

    [Test]
    public async Task CreditOrderAsync_FixedProgramRate_FixedAmount()
    {
        _ledger.Settings.CommissionType = CommissionType.FixedAmountPerOrder;
        _ledger.Settings.CommissionFixedAmount = 7.5m;

        var commission = await _ledger.CreditAsync(_ledger.AddOrder(1000));

        Assert.That(commission.Amount, Is.EqualTo(7.5m));
    }

    [Test]
    public async Task CreditOrderAsync_AffiliateAndCategoryOverrides_StoredRatesApply()
    {
        var rates = Database.CreateRepository<AffiliateCommissionRate>();
        await rates.InsertAsync(new AffiliateCommissionRate { AffiliateId = AliceId, RateKey = "7:", CommissionType = CommissionType.PercentageOfSubtotal, Percentage = 15m });
        await rates.InsertAsync(new AffiliateCommissionRate { AffiliateId = 0, CategoryId = 3, RateKey = "0:3", CommissionType = CommissionType.PercentageOfSubtotal, Percentage = 40m });
        await rates.InsertAsync(new AffiliateCommissionRate { AffiliateId = BobId, RateKey = "8:", CommissionType = CommissionType.PercentageOfSubtotal, Percentage = 90m });
        var order = _ledger.AddOrder(1000, subtotal: 100m);
        order.OrderSubTotalDiscountExclTax = 20m;
        _ledger.OrderItems[1000] = [new OrderItem { ProductId = 1, PriceExclTax = 50m, Quantity = 1 }, new OrderItem { ProductId = 2, PriceExclTax = 50m, Quantity = 1 }];
        _ledger.ProductCategories[1] = [3];

        var commission = await _ledger.CreditAsync(order);

        // 80 after the discount, 40 per item: 40 % of 40 + 15 % of 40.
        Assert.That((commission.BaseAmount, commission.Amount), Is.EqualTo((80m, 22m)));
    }

    [Test]
    public async Task CreditOrderAsync_CouponOrder_RecordsCouponAndLifetimeReferral()
    {
        var commission = await _ledger.CreditAsync(_ledger.AddOrder(1000), AttributionSource.Coupon);

        Assert.That(commission.CouponCode, Is.EqualTo("ALICE10"));
        var referral = (await _ledger.AllAsync<AffiliateLifetimeReferral>()).Single();
        Assert.That((referral.CustomerId, referral.AffiliateId, referral.FirstOrderId), Is.EqualTo((ShopperId, AliceId, 1000)));
    }

    [Test]
    public async Task CreditOrderAsync_SecondReferrer_FirstReferralStays()
    {
        await _ledger.CreditAsync(_ledger.AddOrder(1000));
        await _ledger.CreditAsync(_ledger.AddOrder(1001, BobId), affiliateId: BobId);

        Assert.That((await _ledger.AllAsync<AffiliateLifetimeReferral>()).Single().AffiliateId, Is.EqualTo(AliceId));
    }

    [Test]
    public async Task CreditOrderAsync_LifetimeSource_CreditedWithoutNewReferral()
    {
        var commission = await _ledger.CreditAsync(_ledger.AddOrder(1000), AttributionSource.Lifetime);

        Assert.That(commission.Source, Is.EqualTo(AttributionSource.Lifetime));
        Assert.That(await _ledger.AllAsync<AffiliateLifetimeReferral>(), Is.Empty);
    }

    [Test]
    public async Task CreditOrderAsync_OrderPaidAtPlacement_PendingWithPaidDate()
    {
        var order = _ledger.AddOrder(1000, paymentStatus: PaymentStatus.Paid);

        var commission = await _ledger.CreditAsync(order);

        Assert.That(commission.OrderPaidOnUtc, Is.EqualTo(PlacedOn));
        Assert.That(await EntryKeysAsync(1000), Is.EqualTo(new[] { "1000/placed", "1000/paid" }));
    }

    [Test]
    public async Task OrderPaidEvent_Twice_OnePaidEntryAndHoldStartsAtPaidDate()
    {
        var order = _ledger.AddOrder(1000);
        await _ledger.CreditAsync(order);
        _ledger.Clock.SetUtcNow(PlacedOn.AddHours(2));

        await PayAsync(order);
        await PayAsync(order);

        var commission = await _ledger.ReloadAsync(1000);
        Assert.That(commission.OrderPaidOnUtc, Is.EqualTo(PlacedOn.AddHours(2)));
        Assert.That(commission.Status, Is.EqualTo(CommissionStatus.Pending));
        Assert.That(await EntryKeysAsync(1000), Is.EqualTo(new[] { "1000/placed", "1000/paid" }));
        Assert.That(_ledger.PublishedStatuses(1000), Is.EqualTo(new[] { "pending" }));
    }

    [Test]
    public async Task OrderRefundedEvent_PartialRefunds_AmountFollowsCumulativeRefundOnceEach()
    {
        var order = _ledger.AddOrder(1000);
        await _ledger.CreditAsync(order);
        await PayAsync(order);

        await RefundAsync(order, 23m);
        await _ledger.LifecycleAsync(c => c.HandleEventAsync(new OrderRefundedEvent(order, 23m)));
        var afterFirst = await _ledger.ReloadAsync(1000);
        await RefundAsync(order, 46m);
        var afterSecond = await _ledger.ReloadAsync(1000);

        Assert.That((afterFirst.Amount, afterFirst.RefundedAmount, afterFirst.Status), Is.EqualTo((8m, 23m, CommissionStatus.Pending)));
        Assert.That((afterSecond.Amount, afterSecond.RefundedAmount), Is.EqualTo((4m, 69m)));
        Assert.That(await EntryKeysAsync(1000), Is.EqualTo(new[] { "1000/placed", "1000/paid", "1000/refund:23.0000", "1000/refund:69.0000" }));
        Assert.That(_ledger.PublishedStatuses(1000), Is.EqualTo(new[] { "pending", "adjusted", "adjusted" }));
        Assert.That(_ledger.Published.Last().Commission, Is.EqualTo(4m));
    }

    [Test]
    public async Task OrderRefundedEvent_FullRefund_Reversed()
    {
        var order = _ledger.AddOrder(1000);
        await _ledger.CreditAsync(order);
        await PayAsync(order);

        await RefundAsync(order, 115m);

        var commission = await _ledger.ReloadAsync(1000);
        Assert.That((commission.Status, commission.Amount, commission.ReversedOnUtc), Is.EqualTo((CommissionStatus.Reversed, 0m, (DateTime?)PlacedOn)));
        var reversal = (await _ledger.EntriesAsync(commission.Id)).Single(e => e.Kind == LedgerEntryKind.Reversal);
        Assert.That((reversal.EntryKey, reversal.Note), Is.EqualTo(("1000/reverse:1", "refund")));
        Assert.That(_ledger.PublishedStatuses(1000), Is.EqualTo(new[] { "pending", "reversed" }));
    }

    [TestCase(0)]
    [TestCase(-5)]
    [TestCase(500)]
    public async Task OrderRefundedEvent_BadAmount_IgnoredWithWarning(decimal amount)
    {
        var order = _ledger.AddOrder(1000);
        await _ledger.CreditAsync(order);
        order.RefundedAmount = 10m;

        await _ledger.LifecycleAsync(c => c.HandleEventAsync(new OrderRefundedEvent(order, amount)));

        Assert.That((await _ledger.ReloadAsync(1000)).Amount, Is.EqualTo(10m));
        Assert.That(await EntryKeysAsync(1000), Is.EqualTo(new[] { "1000/placed" }));
        Assert.That(_ledger.Log, Has.One.StartsWith("warning:").And.Contains("refund event for order 1000 ignored"));
    }

    [Test]
    public async Task OrderStatusChangedEvent_Cancelled_ReversedAndBackFromCancelled_Reinstated()
    {
        var order = _ledger.AddOrder(1000);
        await _ledger.CreditAsync(order);
        await PayAsync(order);
        await RefundAsync(order, 23m);

        await SetStatusAsync(order, OrderStatus.Cancelled);
        var cancelled = await _ledger.ReloadAsync(1000);
        await SetStatusAsync(order, OrderStatus.Processing);
        var reinstated = await _ledger.ReloadAsync(1000);
        await SetStatusAsync(order, OrderStatus.Cancelled);
        var cancelledAgain = await _ledger.ReloadAsync(1000);

        Assert.That((cancelled.Status, cancelled.Amount), Is.EqualTo((CommissionStatus.Reversed, 0m)));
        Assert.That((reinstated.Status, reinstated.Amount, reinstated.ReversedOnUtc), Is.EqualTo((CommissionStatus.Pending, 8m, (DateTime?)null)));
        Assert.That(cancelledAgain.Status, Is.EqualTo(CommissionStatus.Reversed));
        Assert.That(await EntryKeysAsync(1000), Is.SupersetOf(new[] { "1000/reverse:1", "1000/reinstate:1", "1000/reverse:2" }));
        Assert.That(_ledger.PublishedStatuses(1000), Is.EqualTo(new[] { "pending", "adjusted", "reversed", "pending", "reversed" }));
    }

    [Test]
    public async Task OrderStatusChangedEvent_ProcessingToComplete_NoChange()
    {
        var order = _ledger.AddOrder(1000);
        await _ledger.CreditAsync(order);
        await PayAsync(order);

        await SetStatusAsync(order, OrderStatus.Complete);

        Assert.That(await EntryKeysAsync(1000), Is.EqualTo(new[] { "1000/placed", "1000/paid" }));
    }

    [Test]
    public async Task OrderVoidedEvent_AuthorizedOrder_Reversed()
    {
        var order = _ledger.AddOrder(1000, paymentStatus: PaymentStatus.Authorized);
        await _ledger.CreditAsync(order);

        order.PaymentStatus = PaymentStatus.Voided;
        await _ledger.LifecycleAsync(c => c.HandleEventAsync(new OrderVoidedEvent(order)));

        var commission = await _ledger.ReloadAsync(1000);
        Assert.That(commission.Status, Is.EqualTo(CommissionStatus.Reversed));
        Assert.That((await _ledger.EntriesAsync(commission.Id)).Single(e => e.Kind == LedgerEntryKind.Reversal).Note, Is.EqualTo("void"));
    }

    [Test]
    public async Task EntityDeletedEvent_SoftDeletedOrder_ReversedOnce()
    {
        var order = _ledger.AddOrder(1000);
        await _ledger.CreditAsync(order);

        order.Deleted = true;
        await _ledger.LifecycleAsync(c => c.HandleEventAsync(new EntityDeletedEvent<Order>(order)));
        await _ledger.LifecycleAsync(c => c.HandleEventAsync(new EntityDeletedEvent<Order>(order)));

        var commission = await _ledger.ReloadAsync(1000);
        Assert.That(commission.Status, Is.EqualTo(CommissionStatus.Reversed));
        Assert.That((await _ledger.EntriesAsync(commission.Id)).Where(e => e.Kind == LedgerEntryKind.Reversal).Select(e => e.Note), Is.EqualTo(new[] { "delete" }));
    }

    [Test]
    public async Task EntityUpdatedEvent_PaymentPluginSetsPaidDirectly_PaidNowWithoutPaidDate()
    {
        var order = _ledger.AddOrder(1000);
        await _ledger.CreditAsync(order);
        _ledger.Clock.SetUtcNow(PlacedOn.AddMinutes(10));

        order.PaymentStatus = PaymentStatus.Paid;
        order.OrderStatus = OrderStatus.Processing;
        await _ledger.LifecycleAsync(c => c.HandleEventAsync(new EntityUpdatedEvent<Order>(order)));

        Assert.That((await _ledger.ReloadAsync(1000)).OrderPaidOnUtc, Is.EqualTo(PlacedOn.AddMinutes(10)));
    }

    [Test]
    public async Task OrderEvents_OrderWithAffiliateButNoCommission_LoggedAndNothingStored()
    {
        var order = _ledger.AddOrder(1000);

        await PayAsync(order);
        await RefundAsync(order, 10m);

        Assert.That(await _ledger.AllAsync<AffiliateCommission>(), Is.Empty);
        Assert.That(await _ledger.AllAsync<AffiliateCommissionEntry>(), Is.Empty);
        Assert.That(_ledger.Log.Count(line => line.Contains("has no commission")), Is.EqualTo(2));
    }

    [Test]
    public async Task OrderEvents_OrderWithoutAffiliate_SilentlyNothing()
    {
        var order = _ledger.AddOrder(1000, affiliateId: 0);

        await PayAsync(order);

        Assert.That(await _ledger.AllAsync<AffiliateCommissionEntry>(), Is.Empty);
        Assert.That(_ledger.Log, Is.Empty);
    }

    [TestCase(0)]
    [TestCase(-3)]
    [TestCase(424242)]
    public async Task ReconcileOrderAsync_UnknownOrderId_WarningAndNull(int orderId)
    {
        var result = await _ledger.CommissionsAsync(s => s.ReconcileOrderAsync(orderId));

        Assert.That(result, Is.Null);
        Assert.That(_ledger.Log, Has.One.StartsWith("warning:").And.Contains($"order {orderId} does not exist"));
    }

    [Test]
    public async Task ApproveDueCommissionsAsync_HoldPeriod_ApprovesAtDay30Once()
    {
        var order = _ledger.AddOrder(1000);
        await _ledger.CreditAsync(order);
        await PayAsync(order);

        _ledger.Clock.SetUtcNow(PlacedOn.AddDays(30).AddSeconds(-1));
        var early = await _ledger.CommissionsAsync(s => s.ApproveDueCommissionsAsync());
        _ledger.Clock.SetUtcNow(PlacedOn.AddDays(30));
        var due = await _ledger.CommissionsAsync(s => s.ApproveDueCommissionsAsync());
        var again = await _ledger.CommissionsAsync(s => s.ApproveDueCommissionsAsync());

        Assert.That((early, due, again), Is.EqualTo((0, 1, 0)));
        var commission = await _ledger.ReloadAsync(1000);
        Assert.That((commission.Status, commission.ApprovedOnUtc), Is.EqualTo((CommissionStatus.Approved, (DateTime?)PlacedOn.AddDays(30))));
        Assert.That(_ledger.PublishedStatuses(1000), Is.EqualTo(new[] { "pending", "approved" }));
    }

    [Test]
    public async Task ApproveDueCommissionsAsync_UnpaidOrReversedOrZero_NotApproved()
    {
        await _ledger.CreditAsync(_ledger.AddOrder(1000));
        var reversed = _ledger.AddOrder(1001);
        await _ledger.CreditAsync(reversed);
        await PayAsync(reversed);
        await SetStatusAsync(reversed, OrderStatus.Cancelled);
        var zero = _ledger.AddOrder(1002, subtotal: 0m, total: 0m);
        await _ledger.CreditAsync(zero);
        await PayAsync(zero);

        _ledger.Clock.SetUtcNow(PlacedOn.AddDays(90));
        var approved = await _ledger.CommissionsAsync(s => s.ApproveDueCommissionsAsync());

        Assert.That(approved, Is.Zero);
    }

    [Test]
    public async Task ApproveDueCommissionsAsync_RefundedWithoutEvent_ReversedInsteadOfApproved()
    {
        var order = _ledger.AddOrder(1000);
        await _ledger.CreditAsync(order);
        await PayAsync(order);
        order.RefundedAmount = 115m;
        order.PaymentStatus = PaymentStatus.Refunded;

        _ledger.Clock.SetUtcNow(PlacedOn.AddDays(31));
        var approved = await _ledger.CommissionsAsync(s => s.ApproveDueCommissionsAsync());

        Assert.That(approved, Is.Zero);
        Assert.That((await _ledger.ReloadAsync(1000)).Status, Is.EqualTo(CommissionStatus.Reversed));
    }

    [Test]
    public async Task ReconcileAsync_EventlessChanges_LedgerFollowsTheOrders()
    {
        var cancelled = _ledger.AddOrder(1000);
        var paid = _ledger.AddOrder(1001);
        var refunded = _ledger.AddOrder(1002, paymentStatus: PaymentStatus.Paid);
        var deleted = _ledger.AddOrder(1003);
        var untouched = _ledger.AddOrder(1004);
        foreach (var order in new[] { cancelled, paid, refunded, deleted, untouched })
            await _ledger.CreditAsync(order);

        cancelled.OrderStatus = OrderStatus.Cancelled;
        paid.PaymentStatus = PaymentStatus.Paid;
        refunded.RefundedAmount = 57.5m;
        refunded.PaymentStatus = PaymentStatus.PartiallyRefunded;
        deleted.Deleted = true;
        _ledger.Clock.SetUtcNow(PlacedOn.AddHours(1));

        var changed = await _ledger.CommissionsAsync(s => s.ReconcileAsync());
        var again = await _ledger.CommissionsAsync(s => s.ReconcileAsync());

        Assert.That((changed, again), Is.EqualTo((4, 0)));
        Assert.That((await _ledger.ReloadAsync(1000)).Status, Is.EqualTo(CommissionStatus.Reversed));
        Assert.That((await _ledger.ReloadAsync(1001)).OrderPaidOnUtc, Is.EqualTo(PlacedOn.AddHours(1)));
        Assert.That((await _ledger.ReloadAsync(1002)).Amount, Is.EqualTo(5m));
        Assert.That((await _ledger.ReloadAsync(1003)).Status, Is.EqualTo(CommissionStatus.Reversed));
        Assert.That((await _ledger.ReloadAsync(1004)).Status, Is.EqualTo(CommissionStatus.Pending));
    }

    [Test]
    public async Task ReconcileAsync_OrderGoneOrOutsideWindow_LeftAlone()
    {
        var gone = _ledger.AddOrder(1000);
        await _ledger.CreditAsync(gone);
        _ledger.Orders.TryRemove(1000, out _);
        var old = _ledger.AddOrder(1001);
        await _ledger.CreditAsync(old);
        old.OrderStatus = OrderStatus.Cancelled;
        _ledger.Settings.LedgerReconcileDays = 10;
        _ledger.Clock.SetUtcNow(PlacedOn.AddDays(11));

        var changed = await _ledger.CommissionsAsync(s => s.ReconcileAsync());
        _ledger.Settings.LedgerReconcileDays = 365;
        var withinWindow = await _ledger.CommissionsAsync(s => s.ReconcileAsync());

        Assert.That((changed, withinWindow), Is.EqualTo((0, 1)));
        Assert.That((await _ledger.ReloadAsync(1000)).Status, Is.EqualTo(CommissionStatus.Pending));
        Assert.That(_ledger.Log, Has.Some.Contains("order 1000 of commission"));
    }

    [Test]
    public async Task CommissionLedgerTask_SilentRefundAndDueApproval_ReconcilesThenApproves()
    {
        var silentlyRefunded = _ledger.AddOrder(1000);
        var good = _ledger.AddOrder(1001);
        foreach (var order in new[] { silentlyRefunded, good })
        {
            await _ledger.CreditAsync(order);
            await PayAsync(order);
        }

        silentlyRefunded.RefundedAmount = 115m;
        _ledger.Clock.SetUtcNow(PlacedOn.AddDays(31));
        await _ledger.InScopeAsync(provider => ((CommissionLedgerTask)provider.GetService(typeof(CommissionLedgerTask))).ExecuteAsync());

        Assert.That((await _ledger.ReloadAsync(1000)).Status, Is.EqualTo(CommissionStatus.Reversed));
        Assert.That((await _ledger.ReloadAsync(1001)).Status, Is.EqualTo(CommissionStatus.Approved));
        Assert.That(_ledger.Log, Has.One.Contains("1 commission(s) reconciled").And.Contains("1 approved"));
    }

    [Test]
    public async Task GetCommissionsByAffiliateIdAsync_FiltersAffiliateAndStatusNewestFirst()
    {
        await _ledger.CreditAsync(_ledger.AddOrder(1000));
        _ledger.Clock.SetUtcNow(PlacedOn.AddHours(1));
        var cancelled = _ledger.AddOrder(1001);
        await _ledger.CreditAsync(cancelled);
        await _ledger.CreditAsync(_ledger.AddOrder(1002, BobId), affiliateId: BobId);
        await SetStatusAsync(cancelled, OrderStatus.Cancelled);

        var all = await _ledger.CommissionsAsync(s => s.GetCommissionsByAffiliateIdAsync(AliceId));
        var reversed = await _ledger.CommissionsAsync(s => s.GetCommissionsByAffiliateIdAsync(AliceId, CommissionStatus.Reversed));

        Assert.That(all.Select(c => c.OrderId), Is.EqualTo(new[] { 1001, 1000 }));
        Assert.That(reversed.Select(c => c.OrderId), Is.EqualTo(new[] { 1001 }));
    }
}
