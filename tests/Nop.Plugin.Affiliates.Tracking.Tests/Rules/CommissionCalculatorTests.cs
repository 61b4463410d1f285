using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Rules;

[TestFixture]
public class CommissionCalculatorTests
{
    private static readonly IReadOnlyDictionary<int, CommissionRate> NoCategories = new Dictionary<int, CommissionRate>();

    private static CommissionCalculation Calculate(decimal subtotal, decimal discount, CommissionRate orderRate,
        IReadOnlyDictionary<int, CommissionRate> categoryRates = null, params CommissionOrderItem[] items) =>
        CommissionCalculator.Calculate(new CommissionOrder(subtotal, discount, items), new CommissionRates(orderRate, categoryRates ?? NoCategories));

    [TestCase(100, 0, 10, 100, 10)]
    [TestCase(100, 20, 10, 80, 8)]
    [TestCase(99.99, 0, 10, 99.99, 10.00)]
    [TestCase(0.05, 0, 10, 0.05, 0.01)]
    [TestCase(0.04, 0, 10, 0.04, 0)]
    [TestCase(33.33, 0, 33.33, 33.33, 11.11)]
    [TestCase(100, 0, 0, 100, 0)]
    [TestCase(100, 0, 100, 100, 100)]
    [TestCase(0, 0, 10, 0, 0)]
    [TestCase(100, 100, 10, 0, 0)]
    [TestCase(100, 150, 10, 0, 0)]
    [TestCase(-50, 0, 10, 0, 0)]
    [TestCase(100, -10, 10, 100, 10)]
    public void Calculate_Percentage_IsShareOfSubtotalAfterDiscountsRoundedToCents(decimal subtotal, decimal discount, decimal percentage,
        decimal expectedBase, decimal expectedAmount)
    {
        var result = Calculate(subtotal, discount, CommissionRate.Percentage(percentage));

        Assert.That(result, Is.EqualTo(new CommissionCalculation(expectedBase, expectedAmount)));
    }

    [TestCase(0.125, 1, 0.13)]
    [TestCase(0.135, 1, 0.14)]
    [TestCase(0.124999, 1, 0.12)]
    public void Round_Midpoint_GoesAwayFromZero(decimal value, int _, decimal expected)
    {
        Assert.That(CommissionCalculator.Round(value), Is.EqualTo(expected));
    }

    [TestCase(100, 0, 5, 5)]
    [TestCase(3, 0, 5, 3)]
    [TestCase(100, 100, 5, 0)]
    [TestCase(0, 0, 5, 0)]
    public void Calculate_FixedPerOrder_IsTheAmountButNeverMoreThanTheSale(decimal subtotal, decimal discount, decimal fixedAmount, decimal expected)
    {
        var result = Calculate(subtotal, discount, CommissionRate.Fixed(fixedAmount));

        Assert.That(result.Amount, Is.EqualTo(expected));
    }

    [TestCase(-1)]
    [TestCase(100.01)]
    public void Calculate_InvalidPercentage_EarnsNothing(decimal percentage)
    {
        Assert.That(Calculate(100m, 0m, CommissionRate.Percentage(percentage)).Amount, Is.Zero);
    }

    [Test]
    public void Calculate_InvalidFixedAmount_EarnsNothing()
    {
        Assert.That(Calculate(100m, 0m, CommissionRate.Fixed(-5m)).Amount, Is.Zero);
        Assert.That(Calculate(100m, 0m, CommissionRate.Fixed(CommissionSettingsRules.MaxAmount + 1)).Amount, Is.Zero);
    }

    [Test]
    public void Calculate_NullOrder_EarnsNothing()
    {
        Assert.That(CommissionCalculator.Calculate(null, new CommissionRates(CommissionRate.Percentage(10), NoCategories)), Is.EqualTo(CommissionCalculation.None));
    }

    [Test]
    public void Calculate_CategoryRateOnOneItem_OtherItemsEarnOrderRate()
    {
        // Book (cat 3, 20 %) 60, mug (no override, 10 %) 40: 12 + 4.
        var result = Calculate(100m, 0m, CommissionRate.Percentage(10), new Dictionary<int, CommissionRate> { [3] = CommissionRate.Percentage(20) },
            new CommissionOrderItem(60m, 1, [3]), new CommissionOrderItem(40m, 2, [8]));

        Assert.That(result, Is.EqualTo(new CommissionCalculation(100m, 16m)));
    }

    [Test]
    public void Calculate_SubtotalDiscount_IsSharedProRataAmongItems()
    {
        // 20 off a 100 subtotal: book's share 48 at 20 % = 9.60, mug's 32 at 10 % = 3.20.
        var result = Calculate(100m, 20m, CommissionRate.Percentage(10), new Dictionary<int, CommissionRate> { [3] = CommissionRate.Percentage(20) },
            new CommissionOrderItem(60m, 1, [3]), new CommissionOrderItem(40m, 1, []));

        Assert.That(result, Is.EqualTo(new CommissionCalculation(80m, 12.80m)));
    }

    [Test]
    public void Calculate_ItemInSeveralOverriddenCategories_LowestCategoryIdDecides()
    {
        var rates = new Dictionary<int, CommissionRate> { [5] = CommissionRate.Percentage(50), [2] = CommissionRate.Percentage(5) };

        var result = Calculate(100m, 0m, CommissionRate.Percentage(10), rates, new CommissionOrderItem(100m, 1, [5, 2]));

        Assert.That(result.Amount, Is.EqualTo(5m));
    }

    [Test]
    public void Calculate_FixedCategoryRate_IsPerUnitCappedAtTheItemsShare()
    {
        var rates = new Dictionary<int, CommissionRate> { [3] = CommissionRate.Fixed(2m) };

        var perUnit = Calculate(100m, 0m, CommissionRate.Percentage(0), rates, new CommissionOrderItem(100m, 3, [3]));
        var capped = Calculate(4m, 0m, CommissionRate.Percentage(0), rates, new CommissionOrderItem(4m, 3, [3]));

        Assert.That(perUnit.Amount, Is.EqualTo(6m));
        Assert.That(capped.Amount, Is.EqualTo(4m));
    }

    [Test]
    public void Calculate_FixedOrderRateWithCategoryItems_PaysFixedOnceOnlyWhenAnItemFallsUnderIt()
    {
        var rates = new Dictionary<int, CommissionRate> { [3] = CommissionRate.Percentage(10) };

        var mixed = Calculate(100m, 0m, CommissionRate.Fixed(5m), rates, new CommissionOrderItem(50m, 1, [3]), new CommissionOrderItem(50m, 1, []), new CommissionOrderItem(0.5m, 1, []));
        var allCovered = Calculate(100m, 0m, CommissionRate.Fixed(5m), rates, new CommissionOrderItem(100m, 1, [3]));

        Assert.That(mixed.Amount, Is.EqualTo(CommissionCalculator.Round(50m * 100m / 100.5m * 0.1m + 5m)));
        Assert.That(allCovered.Amount, Is.EqualTo(10m));
    }

    [Test]
    public void Calculate_CategoryRatesButNoItems_UsesOrderRate()
    {
        var result = Calculate(100m, 0m, CommissionRate.Percentage(10), new Dictionary<int, CommissionRate> { [3] = CommissionRate.Percentage(50) });

        Assert.That(result.Amount, Is.EqualTo(10m));
    }

    [Test]
    public void Calculate_NegativeItemPrice_CountsAsZero()
    {
        var result = Calculate(100m, 0m, CommissionRate.Percentage(10), new Dictionary<int, CommissionRate> { [3] = CommissionRate.Percentage(50) },
            new CommissionOrderItem(100m, 1, [3]), new CommissionOrderItem(-30m, 1, []));

        Assert.That(result.Amount, Is.EqualTo(50m));
    }

    [Test]
    public void Calculate_ManySmallItems_RoundsOnceAtTheEnd()
    {
        var items = Enumerable.Range(0, 3).Select(_ => new CommissionOrderItem(0.05m, 1, [3])).ToArray();

        var result = Calculate(0.15m, 0m, CommissionRate.Percentage(0), new Dictionary<int, CommissionRate> { [3] = CommissionRate.Percentage(10) }, items);

        Assert.That(result.Amount, Is.EqualTo(0.02m));
    }
}
