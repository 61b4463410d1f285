using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class ClickAttributionRuleTests
{
    private static readonly DateTime Day0 = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly AttributionWindow Window = new(30);

    [TestCase(AttributionModel.LastClick)]
    [TestCase(AttributionModel.FirstClick)]
    public void Apply_NoCurrentAttribution_TakesTheClick(AttributionModel model)
    {
        var click = new ClickAttribution(7, Day0, 3);

        Assert.That(ClickAttributionRule.Apply(null, click, model, Window), Is.SameAs(click));
    }

    [Test]
    public void Apply_LastClickWithinWindow_TakesTheNewAffiliate()
    {
        var current = new ClickAttribution(1, Day0);
        var click = new ClickAttribution(2, Day0.AddDays(5));

        Assert.That(ClickAttributionRule.Apply(current, click, AttributionModel.LastClick, Window), Is.SameAs(click));
    }

    [Test]
    public void Apply_LastClickSameAffiliateAgain_RestartsTheWindow()
    {
        var current = new ClickAttribution(1, Day0);
        var click = new ClickAttribution(1, Day0.AddDays(20));

        Assert.That(ClickAttributionRule.Apply(current, click, AttributionModel.LastClick, Window).ClickedOnUtc, Is.EqualTo(Day0.AddDays(20)));
    }

    [TestCase(0)]
    [TestCase(29)]
    public void Apply_FirstClickWithinWindow_KeepsTheFirstAffiliate(int daysLater)
    {
        var current = new ClickAttribution(1, Day0);
        var click = new ClickAttribution(2, Day0.AddDays(daysLater));

        Assert.That(ClickAttributionRule.Apply(current, click, AttributionModel.FirstClick, Window), Is.SameAs(current));
    }

    [TestCase(30)]
    [TestCase(31)]
    public void Apply_FirstClickAfterWindow_TakesTheNewClick(int daysLater)
    {
        var current = new ClickAttribution(1, Day0);
        var click = new ClickAttribution(2, Day0.AddDays(daysLater));

        Assert.That(ClickAttributionRule.Apply(current, click, AttributionModel.FirstClick, Window), Is.SameAs(click));
    }

    [Test]
    public void Apply_FirstClickSameAffiliateAgain_KeepsTheOriginalStart()
    {
        var current = new ClickAttribution(1, Day0);

        var result = ClickAttributionRule.Apply(current, new ClickAttribution(1, Day0.AddDays(10)), AttributionModel.FirstClick, Window);

        Assert.That(result.ClickedOnUtc, Is.EqualTo(Day0));
    }

    [Test]
    public void Apply_NullClick_Throws()
    {
        Assert.That(() => ClickAttributionRule.Apply(null, null, AttributionModel.LastClick, Window), Throws.ArgumentNullException);
    }

    [TestCase(29, true)]
    [TestCase(31, false)]
    public void ActiveAt_OrderDaysAfterClick_CreditsOnlyInsideWindow(int days, bool credited)
    {
        var attribution = new ClickAttribution(4, Day0);

        Assert.That(ClickAttributionRule.ActiveAt(attribution, Day0.AddDays(days), Window), credited ? Is.SameAs(attribution) : Is.Null);
    }

    [Test]
    public void ActiveAt_NoAttribution_ReturnsNull()
    {
        Assert.That(ClickAttributionRule.ActiveAt(null, Day0, Window), Is.Null);
    }

    [TestCase(AttributionModel.LastClick, 2)]
    [TestCase(AttributionModel.FirstClick, 1)]
    public void ChooseForOrder_TwoActiveAttributions_ModelPicks(AttributionModel model, int expectedAffiliateId)
    {
        var attributions = new[] { new ClickAttribution(1, Day0), new ClickAttribution(2, Day0.AddDays(5)) };

        Assert.That(ClickAttributionRule.ChooseForOrder(attributions, Day0.AddDays(10), model, Window).AffiliateId, Is.EqualTo(expectedAffiliateId));
    }

    [TestCase(AttributionModel.LastClick)]
    [TestCase(AttributionModel.FirstClick)]
    public void ChooseForOrder_FirstExpired_PicksTheOneStillInside(AttributionModel model)
    {
        var attributions = new[] { new ClickAttribution(1, Day0), new ClickAttribution(2, Day0.AddDays(20)) };

        Assert.That(ClickAttributionRule.ChooseForOrder(attributions, Day0.AddDays(35), model, Window).AffiliateId, Is.EqualTo(2));
    }

    [Test]
    public void ChooseForOrder_NoneInside_ReturnsNull()
    {
        var attributions = new[] { new ClickAttribution(1, Day0) };

        Assert.That(ClickAttributionRule.ChooseForOrder(attributions, Day0.AddDays(31), AttributionModel.LastClick, Window), Is.Null);
        Assert.That(ClickAttributionRule.ChooseForOrder(Array.Empty<ClickAttribution>(), Day0, AttributionModel.LastClick, Window), Is.Null);
    }
}
