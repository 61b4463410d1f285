namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// The rates that apply to one affiliate's order: one for the order as a whole and one per category that has its own.
/// </summary>
public sealed record CommissionRates(CommissionRate OrderRate, IReadOnlyDictionary<int, CommissionRate> CategoryRates)
{
    /// <summary>
    /// Resolves precedence once: for the order, the affiliate's own rate beats the program rate; for a category, the
    /// affiliate's category rate beats a category rate for every affiliate. Invalid rates are skipped.
    /// </summary>
    public static CommissionRates Resolve(CommissionRate programRate, IEnumerable<CommissionRateOverride> overrides, int affiliateId)
    {
        ArgumentNullException.ThrowIfNull(programRate);

        var applicable = (overrides ?? [])
            .Where(o => o?.Rate is { IsValid: true } && (o.AffiliateId == affiliateId || o.AffiliateId == 0))
            .ToList();

        var orderRate = applicable.FirstOrDefault(o => o.CategoryId is null && o.AffiliateId == affiliateId && affiliateId > 0)?.Rate
            ?? programRate;

        var categoryRates = applicable
            .Where(o => o.CategoryId is > 0)
            .GroupBy(o => o.CategoryId!.Value)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(o => o.AffiliateId == affiliateId && affiliateId > 0).First().Rate);

        return new CommissionRates(orderRate, categoryRates);
    }
}
