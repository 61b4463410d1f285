using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class CommissionLedgerTests
{
    private static readonly DateTime T0 = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    private static LedgerEntry Paid(int day = 0) => new(LedgerEntryKind.OrderPaid, LedgerKeys.OrderPaid, T0.AddDays(day));
    private static LedgerEntry Refund(decimal cumulative, int day = 1) => new(LedgerEntryKind.Refund, LedgerKeys.Refund(cumulative), T0.AddDays(day), cumulative);
    private static LedgerEntry Reverse(int sequence, int day = 2, string why = "cancel") => new(LedgerEntryKind.Reversal, LedgerKeys.Reversal(sequence), T0.AddDays(day), Note: why);
    private static LedgerEntry Reinstate(int sequence, int day = 3) => new(LedgerEntryKind.Reinstatement, LedgerKeys.Reinstatement(sequence), T0.AddDays(day));
    private static LedgerEntry Approve(int day = 31) => new(LedgerEntryKind.Approval, LedgerKeys.Approval, T0.AddDays(day));
    private static LedgerEntry Payout(int sequence, decimal amount, int payoutId, int day = 40) => new(LedgerEntryKind.Payout, LedgerKeys.Payout(sequence), T0.AddDays(day), amount, payoutId);
    private static LedgerEntry PayoutPaid(int payoutId, int day = 41) => new(LedgerEntryKind.PayoutPaid, LedgerKeys.PayoutPaid(payoutId), T0.AddDays(day), PayoutId: payoutId);

    private static CommissionLedgerState Fold(params LedgerEntry[] entries) => CommissionLedger.Fold(10m, 100m, entries);

    [Test]
    public void Fold_NoEntries_PendingWithOriginalAmountOwingNothing()
    {
        var state = Fold();

        Assert.Multiple(() =>
        {
            Assert.That(state.Stage, Is.EqualTo(CommissionStage.Pending));
            Assert.That(state.Amount, Is.EqualTo(10m));
            Assert.That(state.Outstanding, Is.Zero);
            Assert.That(state.OrderPaidOnUtc, Is.Null);
        });
    }

    [Test]
    public void Fold_Paid_PendingWithPaidDate()
    {
        var state = Fold(Paid(2), Paid(5));

        Assert.That(state.Stage, Is.EqualTo(CommissionStage.Pending));
        Assert.That(state.OrderPaidOnUtc, Is.EqualTo(T0.AddDays(2)));
    }

    [Test]
    public void Fold_PartialRefunds_AmountFollowsLargestCumulativeRefundWhateverTheOrder()
    {
        var inOrder = Fold(Paid(), Refund(20m), Refund(50m));
        var reversed = Fold(Refund(50m), Paid(), Refund(20m));

        Assert.That(inOrder.Amount, Is.EqualTo(5m));
        Assert.That(reversed, Is.EqualTo(inOrder));
        Assert.That(inOrder.RefundedAmount, Is.EqualTo(50m));
        Assert.That(inOrder.Stage, Is.EqualTo(CommissionStage.Pending));
    }

    [Test]
    public void Fold_Approved_OwesTheAmount()
    {
        var state = Fold(Paid(), Approve());

        Assert.That(state.Stage, Is.EqualTo(CommissionStage.Approved));
        Assert.That(state.ApprovedOnUtc, Is.EqualTo(T0.AddDays(31)));
        Assert.That(state.Outstanding, Is.EqualTo(10m));
    }

    [Test]
    public void Fold_InPayoutNotYetPaid_ApprovedOwingNothing()
    {
        var state = Fold(Paid(), Approve(), Payout(1, 10m, 4));

        Assert.That(state.Stage, Is.EqualTo(CommissionStage.Approved));
        Assert.That(state.PaidOutAmount, Is.EqualTo(10m));
        Assert.That(state.Outstanding, Is.Zero);
        Assert.That(state.LastPayoutId, Is.EqualTo(4));
    }

    [Test]
    public void Fold_PayoutPaid_Paid()
    {
        Assert.That(Fold(Paid(), Approve(), Payout(1, 10m, 4), PayoutPaid(4)).Stage, Is.EqualTo(CommissionStage.Paid));
    }

    [Test]
    public void Fold_PartialRefundAfterPayout_PaidWithNegativeAdjustment()
    {
        var state = Fold(Paid(), Approve(), Payout(1, 10m, 4), PayoutPaid(4), Refund(30m, 50));

        Assert.That(state.Stage, Is.EqualTo(CommissionStage.Paid));
        Assert.That(state.Amount, Is.EqualTo(7m));
        Assert.That(state.Outstanding, Is.EqualTo(-3m));
    }

    [Test]
    public void Fold_ReversedAfterPayout_ReversedWithWholePaidAmountToRecover()
    {
        var state = Fold(Paid(), Approve(), Payout(1, 10m, 4), PayoutPaid(4), Reverse(1, 50, "refund"));

        Assert.That(state.Stage, Is.EqualTo(CommissionStage.Reversed));
        Assert.That(state.Amount, Is.Zero);
        Assert.That(state.Outstanding, Is.EqualTo(-10m));
        Assert.That(state.ReversedOnUtc, Is.EqualTo(T0.AddDays(50)));
    }

    [Test]
    public void Fold_NegativeAdjustmentCarriedIntoNextPayout_Settled()
    {
        var state = Fold(Paid(), Approve(), Payout(1, 10m, 4), PayoutPaid(4), Reverse(1, 50), Payout(2, -10m, 6, 60));

        Assert.That(state.Outstanding, Is.Zero);
        Assert.That(state.PaidOutAmount, Is.Zero);
        Assert.That(state.PayoutCount, Is.EqualTo(2));
        Assert.That(state.LastPayoutId, Is.EqualTo(6));
    }

    [Test]
    public void Fold_ReversedPending_ReversedOwingNothing()
    {
        var state = Fold(Reverse(1));

        Assert.That(state.Stage, Is.EqualTo(CommissionStage.Reversed));
        Assert.That(state.Outstanding, Is.Zero);
        Assert.That(state.ReversalCount, Is.EqualTo(1));
    }

    [TestCase(1, 0, CommissionStage.Reversed)]
    [TestCase(1, 1, CommissionStage.Pending)]
    [TestCase(2, 1, CommissionStage.Reversed)]
    [TestCase(2, 2, CommissionStage.Pending)]
    public void Fold_ReversalsAndReinstatements_ReversedWhileMoreReversals(int reversals, int reinstatements, CommissionStage expected)
    {
        var entries = Enumerable.Range(1, reversals).Select(i => Reverse(i, i * 2))
            .Concat(Enumerable.Range(1, reinstatements).Select(i => Reinstate(i, i * 2 + 1)))
            .ToArray();

        var state = Fold(entries);

        Assert.That(state.Stage, Is.EqualTo(expected));
        Assert.That(state.Amount, Is.EqualTo(expected == CommissionStage.Reversed ? 0m : 10m));
    }

    [Test]
    public void Fold_ReinstatedAfterApproval_ApprovedAgainWithRefundsKept()
    {
        var state = Fold(Paid(), Refund(40m), Approve(), Reverse(1, 35), Reinstate(1, 36));

        Assert.That(state.Stage, Is.EqualTo(CommissionStage.Approved));
        Assert.That(state.Amount, Is.EqualTo(6m));
        Assert.That(state.ReversedOnUtc, Is.Null);
    }

    [Test]
    public void Fold_PlacedEntryAndNulls_ChangeNothing()
    {
        var state = CommissionLedger.Fold(10m, 100m, [new LedgerEntry(LedgerEntryKind.Placed, LedgerKeys.Placed, T0), null]);

        Assert.That(state, Is.EqualTo(Fold()));
        Assert.That(CommissionLedger.Fold(10m, 100m, null), Is.EqualTo(Fold()));
    }
}
