using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class CommissionRatesTests
{
    private static readonly CommissionRate Program = CommissionRate.Percentage(10);

    [Test]
    public void Resolve_NoOverrides_ProgramRateAndNoCategories()
    {
        var rates = CommissionRates.Resolve(Program, [], 7);

        Assert.That(rates.OrderRate, Is.EqualTo(Program));
        Assert.That(rates.CategoryRates, Is.Empty);
    }

    [Test]
    public void Resolve_AffiliateOrderOverride_ReplacesProgramRateForThatAffiliateOnly()
    {
        var overrides = new[] { new CommissionRateOverride(7, null, CommissionRate.Fixed(3)) };

        Assert.That(CommissionRates.Resolve(Program, overrides, 7).OrderRate, Is.EqualTo(CommissionRate.Fixed(3)));
        Assert.That(CommissionRates.Resolve(Program, overrides, 8).OrderRate, Is.EqualTo(Program));
    }

    [Test]
    public void Resolve_AllAffiliatesOrderRow_IsIgnoredBecauseTheProgramRateIsTheSetting()
    {
        var overrides = new[] { new CommissionRateOverride(0, null, CommissionRate.Percentage(50)) };

        Assert.That(CommissionRates.Resolve(Program, overrides, 7).OrderRate, Is.EqualTo(Program));
    }

    [Test]
    public void Resolve_CategoryRates_AffiliatesOwnBeatsTheOneForEveryAffiliate()
    {
        var overrides = new[]
        {
            new CommissionRateOverride(0, 3, CommissionRate.Percentage(15)),
            new CommissionRateOverride(7, 3, CommissionRate.Percentage(25)),
            new CommissionRateOverride(0, 4, CommissionRate.Percentage(5)),
            new CommissionRateOverride(8, 4, CommissionRate.Percentage(30))
        };

        var rates = CommissionRates.Resolve(Program, overrides, 7);

        Assert.That(rates.CategoryRates, Is.EquivalentTo(new Dictionary<int, CommissionRate>
        {
            [3] = CommissionRate.Percentage(25),
            [4] = CommissionRate.Percentage(5)
        }));
    }

    [Test]
    public void Resolve_InvalidAndNullOverrides_AreSkipped()
    {
        var overrides = new[]
        {
            null,
            new CommissionRateOverride(7, null, CommissionRate.Percentage(150)),
            new CommissionRateOverride(7, 3, CommissionRate.Fixed(-1)),
            new CommissionRateOverride(7, 0, CommissionRate.Percentage(20))
        };

        var rates = CommissionRates.Resolve(Program, overrides, 7);

        Assert.That(rates.OrderRate, Is.EqualTo(Program));
        Assert.That(rates.CategoryRates, Is.Empty);
    }

    [Test]
    public void Resolve_AffiliateZero_GetsOnlyRatesForEveryAffiliate()
    {
        var overrides = new[] { new CommissionRateOverride(0, 3, CommissionRate.Percentage(15)) };

        var rates = CommissionRates.Resolve(Program, overrides, 0);

        Assert.That(rates.OrderRate, Is.EqualTo(Program));
        Assert.That(rates.CategoryRates[3], Is.EqualTo(CommissionRate.Percentage(15)));
    }
}
