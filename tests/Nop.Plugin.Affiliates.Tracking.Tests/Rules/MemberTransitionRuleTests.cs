using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

public class MemberTransitionRuleTests
{
    private static readonly (MemberStatus? From, MemberAction Action, MemberStatus To)[] Allowed =
    [
        (null, MemberAction.Apply, MemberStatus.Applied),
        (MemberStatus.Applied, MemberAction.Approve, MemberStatus.Approved),
        (MemberStatus.Rejected, MemberAction.Approve, MemberStatus.Approved),
        (MemberStatus.Applied, MemberAction.Reject, MemberStatus.Rejected),
        (MemberStatus.Approved, MemberAction.Suspend, MemberStatus.Suspended),
        (MemberStatus.Suspended, MemberAction.Reinstate, MemberStatus.Approved)
    ];

    private static IEnumerable<TestCaseData> EveryCombination()
    {
        var states = new MemberStatus?[] { null }.Concat(Enum.GetValues<MemberStatus>().Cast<MemberStatus?>());
        foreach (var from in states)
        foreach (var action in Enum.GetValues<MemberAction>())
        {
            var match = Allowed.Where(a => a.From == from && a.Action == action).ToList();
            yield return new TestCaseData(from, action, match.Count == 1, match.Count == 1 ? match[0].To : from ?? default)
                .SetName($"TryMove_{from?.ToString() ?? "None"}_{action}");
        }
    }

    [TestCaseSource(nameof(EveryCombination))]
    public void TryMove_EveryStatusAndAction(MemberStatus? from, MemberAction action, bool allowed, MemberStatus expected)
    {
        var result = MemberTransitionRule.TryMove(from, action, out var next);

        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(allowed));
            Assert.That(next, Is.EqualTo(expected));
        });
    }

    [Test]
    public void EveryCombination_CoversTheWholeTable()
    {
        Assert.That(EveryCombination().Count(), Is.EqualTo(5 * 5));
        Assert.That(EveryCombination().Count(c => (bool)c.Arguments[2]), Is.EqualTo(Allowed.Length));
    }

    [TestCase(MemberStatus.Applied, false)]
    [TestCase(MemberStatus.Approved, true)]
    [TestCase(MemberStatus.Rejected, false)]
    [TestCase(MemberStatus.Suspended, false)]
    public void IsInGoodStanding_OnlyApproved(MemberStatus status, bool expected)
    {
        Assert.That(MemberTransitionRule.IsInGoodStanding(status), Is.EqualTo(expected));
    }
}
