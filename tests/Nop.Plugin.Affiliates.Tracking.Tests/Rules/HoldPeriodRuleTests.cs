using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class HoldPeriodRuleTests
{
    private static readonly DateTime PaidOn = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    private static CommissionLedgerState State(decimal original = 10m, params LedgerEntry[] more) =>
        CommissionLedger.Fold(original, 100m, more.Prepend(new LedgerEntry(LedgerEntryKind.OrderPaid, LedgerKeys.OrderPaid, PaidOn)));

    [TestCase(29, false)]
    [TestCase(30, true)]
    [TestCase(31, true)]
    public void IsDue_DaysAfterPayment_DueFromTheHoldPeriodsEnd(int days, bool expected)
    {
        Assert.That(HoldPeriodRule.IsDue(State(), 30, PaidOn.AddDays(days)), Is.EqualTo(expected));
    }

    [Test]
    public void IsDue_OneSecondBeforeEnd_NotDue()
    {
        Assert.That(HoldPeriodRule.IsDue(State(), 30, PaidOn.AddDays(30).AddSeconds(-1)), Is.False);
    }

    [Test]
    public void IsDue_ZeroHoldPeriod_DueAtPayment()
    {
        Assert.That(HoldPeriodRule.IsDue(State(), 0, PaidOn), Is.True);
    }

    [TestCase(-1)]
    [TestCase(366)]
    public void IsDue_InvalidHoldPeriod_UsesTheLongestAllowed(int days)
    {
        Assert.That(HoldPeriodRule.IsDue(State(), days, PaidOn.AddDays(364)), Is.False);
        Assert.That(HoldPeriodRule.IsDue(State(), days, PaidOn.AddDays(365)), Is.True);
    }

    [Test]
    public void IsDue_NotPaid_NeverDue()
    {
        Assert.That(HoldPeriodRule.IsDue(CommissionLedger.Fold(10m, 100m, []), 0, PaidOn.AddYears(1)), Is.False);
    }

    [Test]
    public void IsDue_Reversed_NeverDue()
    {
        var state = State(10m, new LedgerEntry(LedgerEntryKind.Reversal, LedgerKeys.Reversal(1), PaidOn));

        Assert.That(HoldPeriodRule.IsDue(state, 30, PaidOn.AddDays(60)), Is.False);
    }

    [Test]
    public void IsDue_AlreadyApproved_NotAgain()
    {
        var state = State(10m, new LedgerEntry(LedgerEntryKind.Approval, LedgerKeys.Approval, PaidOn.AddDays(30)));

        Assert.That(HoldPeriodRule.IsDue(state, 30, PaidOn.AddDays(60)), Is.False);
    }

    [Test]
    public void IsDue_ZeroAmount_NeverDue()
    {
        Assert.That(HoldPeriodRule.IsDue(State(0m), 30, PaidOn.AddDays(60)), Is.False);
    }

    [Test]
    public void IsDue_PartiallyRefundedInsideHold_StillDueWithReducedAmount()
    {
        var state = State(10m, new LedgerEntry(LedgerEntryKind.Refund, LedgerKeys.Refund(50m), PaidOn.AddDays(5), 50m));

        Assert.That(HoldPeriodRule.IsDue(state, 30, PaidOn.AddDays(30)), Is.True);
        Assert.That(state.Amount, Is.EqualTo(5m));
    }
}
