using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class CommissionReconcilerTests
{
    private static readonly DateTime Now = new(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime PaidOn = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    private static OrderFacts Order(bool paid = false, decimal refunded = 0m, bool cancelled = false, bool voided = false,
        bool paymentRefunded = false, bool deleted = false, DateTime? paidOn = null, decimal total = 100m) =>
        new(total, refunded, paid, paidOn, cancelled, voided, paymentRefunded, deleted);

    private static CommissionLedgerState State(params LedgerEntry[] entries) => CommissionLedger.Fold(10m, 100m, entries);

    private static string[] Keys(IEnumerable<LedgerEntry> entries) => entries.Select(e => e.Key).ToArray();

    [Test]
    public void Plan_PendingUnpaidOrder_Nothing()
    {
        Assert.That(CommissionReconciler.Plan(State(), Order(), Now), Is.Empty);
    }

    [Test]
    public void Plan_PaidOrder_PaidEntryAtTheOrdersPaidDate()
    {
        var plan = CommissionReconciler.Plan(State(), Order(paid: true, paidOn: PaidOn), Now);

        Assert.That(plan, Is.EqualTo(new[] { new LedgerEntry(LedgerEntryKind.OrderPaid, "paid", PaidOn) }));
    }

    [Test]
    public void Plan_PaidWithoutPaidDate_PaidNow()
    {
        // A payment plugin that saves PaymentStatus = Paid directly leaves PaidDateUtc empty.
        Assert.That(CommissionReconciler.Plan(State(), Order(paid: true), Now).Single().OccurredOnUtc, Is.EqualTo(Now));
    }

    [Test]
    public void Plan_AlreadyPaid_Nothing()
    {
        var state = State(new LedgerEntry(LedgerEntryKind.OrderPaid, "paid", PaidOn));

        Assert.That(CommissionReconciler.Plan(state, Order(paid: true, paidOn: PaidOn), Now), Is.Empty);
    }

    [Test]
    public void Plan_NewCumulativeRefund_RefundEntryKeyedByCumulativeAmount()
    {
        var state = State(new LedgerEntry(LedgerEntryKind.OrderPaid, "paid", PaidOn), new LedgerEntry(LedgerEntryKind.Refund, "refund:20.0000", PaidOn, 20m));

        var plan = CommissionReconciler.Plan(state, Order(paid: true, refunded: 35m, paidOn: PaidOn), Now);

        Assert.That(plan, Is.EqualTo(new[] { new LedgerEntry(LedgerEntryKind.Refund, "refund:35.0000", Now, 35m) }));
    }

    [Test]
    public void Plan_RefundAlreadyApplied_Nothing()
    {
        var state = State(new LedgerEntry(LedgerEntryKind.OrderPaid, "paid", PaidOn), new LedgerEntry(LedgerEntryKind.Refund, "refund:20.0000", PaidOn, 20m));

        Assert.That(CommissionReconciler.Plan(state, Order(paid: true, refunded: 20m, paidOn: PaidOn), Now), Is.Empty);
    }

    [Test]
    public void Plan_FullRefund_RefundAndReversal()
    {
        var plan = CommissionReconciler.Plan(State(), Order(paid: true, refunded: 100m, paymentRefunded: true, paidOn: PaidOn), Now);

        Assert.That(Keys(plan), Is.EqualTo(new[] { "paid", "refund:100.0000", "reverse:1" }));
        Assert.That(plan[^1].Note, Is.EqualTo("refund"));
    }

    [Test]
    public void Plan_RefundedBeyondTotal_ClampedToTotal()
    {
        var plan = CommissionReconciler.Plan(State(), Order(paid: true, refunded: 250m, paidOn: PaidOn), Now);

        Assert.That(Keys(plan), Is.EqualTo(new[] { "paid", "refund:100.0000", "reverse:1" }));
    }

    [TestCase(true, false, false, false, "cancel")]
    [TestCase(false, true, false, false, "void")]
    [TestCase(false, false, true, false, "delete")]
    [TestCase(false, false, false, true, "refund")]
    [TestCase(true, true, true, true, "delete")]
    public void Plan_OrderNoLongerEarns_OneReversalWithReason(bool cancelled, bool voided, bool deleted, bool paymentRefunded, string reason)
    {
        var plan = CommissionReconciler.Plan(State(), Order(cancelled: cancelled, voided: voided, deleted: deleted, paymentRefunded: paymentRefunded), Now);

        var reversal = plan.Single(e => e.Kind == LedgerEntryKind.Reversal);
        Assert.That(reversal.Key, Is.EqualTo("reverse:1"));
        Assert.That(reversal.Note, Is.EqualTo(reason));
    }

    [Test]
    public void Plan_AlreadyReversed_NothingMore()
    {
        var state = State(new LedgerEntry(LedgerEntryKind.Reversal, "reverse:1", PaidOn));

        Assert.That(CommissionReconciler.Plan(state, Order(cancelled: true, deleted: true), Now), Is.Empty);
    }

    [Test]
    public void Plan_ReversedButOrderValidAgain_Reinstates()
    {
        var state = State(new LedgerEntry(LedgerEntryKind.Reversal, "reverse:1", PaidOn));

        Assert.That(Keys(CommissionReconciler.Plan(state, Order(), Now)), Is.EqualTo(new[] { "reinstate:1" }));
    }

    [Test]
    public void Plan_CancelledAgainAfterReinstatement_SecondReversalKey()
    {
        var state = State(new LedgerEntry(LedgerEntryKind.Reversal, "reverse:1", PaidOn), new LedgerEntry(LedgerEntryKind.Reinstatement, "reinstate:1", PaidOn));

        Assert.That(Keys(CommissionReconciler.Plan(state, Order(cancelled: true), Now)), Is.EqualTo(new[] { "reverse:2" }));
    }

    [Test]
    public void Plan_SameStateTwice_SameKeys()
    {
        // Two nodes reading the same ledger compute the same keys, so the database keeps one of each.
        var state = State();
        var facts = Order(paid: true, refunded: 30m, paidOn: PaidOn);

        Assert.That(CommissionReconciler.Plan(state, facts, Now), Is.EqualTo(CommissionReconciler.Plan(state, facts, Now)));
    }
}
