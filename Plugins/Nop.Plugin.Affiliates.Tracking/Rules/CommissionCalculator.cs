namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Computes an order's commission. The commissionable amount is the subtotal excluding tax after discounts; shipping,
/// tax and payment fees never earn. Items of a category with its own rate earn that rate on their share of the
/// commissionable amount (order discounts are shared among items in proportion to their prices); the remaining items
/// earn the order rate. A fixed order rate is paid once when any item falls under it. No commission ever exceeds the
/// amount it is earned on, and the result is rounded to cents (half away from zero).
/// </summary>
public static class CommissionCalculator
{
    public static CommissionCalculation Calculate(CommissionOrder order, CommissionRates rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        if (order is null)
            return CommissionCalculation.None;

        var subtotal = Math.Max(0m, order.SubtotalExclTax);
        var discount = Math.Clamp(order.Discount, 0m, subtotal);
        var baseAmount = Round(subtotal - discount);
        if (baseAmount <= 0m)
            return CommissionCalculation.None;

        var items = (order.Items ?? []).Where(item => item is not null).ToList();
        var itemsTotal = items.Sum(item => Math.Max(0m, item.PriceExclTax));
        if (rates.CategoryRates.Count == 0 || itemsTotal <= 0m)
            return new CommissionCalculation(baseAmount, Round(Earn(rates.OrderRate, baseAmount, 1)));

        var commission = 0m;
        var uncovered = 0m;
        var anyUncovered = false;
        foreach (var item in items)
        {
            var net = Math.Max(0m, item.PriceExclTax) * baseAmount / itemsTotal;
            var rate = (item.CategoryIds ?? [])
                .Order()
                .Select(categoryId => rates.CategoryRates.GetValueOrDefault(categoryId))
                .FirstOrDefault(found => found is not null);

            if (rate is null)
            {
                uncovered += net;
                anyUncovered = true;
            }
            else
                commission += Earn(rate, net, Math.Max(0, item.Quantity));
        }

        if (anyUncovered)
            commission += Earn(rates.OrderRate, uncovered, 1);

        return new CommissionCalculation(baseAmount, Round(Math.Min(commission, baseAmount)));
    }

    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    private static decimal Earn(CommissionRate rate, decimal amount, int units)
    {
        if (!rate.IsValid || amount <= 0m)
            return 0m;

        return rate.Type == CommissionType.PercentageOfSubtotal
            ? amount * rate.Value / 100m
            : Math.Min(rate.Value * units, amount);
    }
}
