using Nop.Web.Framework.Models;

namespace Nop.Plugin.Affiliates.Tracking.Models.Customer;

/// <summary>
/// The signed-in affiliate's numbers over the chosen period, their commissions (one page) and their payouts.
/// </summary>
public record AffiliateStatisticsModel : BaseNopModel
{
    public const int CommissionPageSize = 10;

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public int? SelectedDays { get; set; }

    public IList<int> PresetDays { get; set; } = new List<int>();

    /// <summary>
    /// Locale resource key of why the requested period was not used; null when it was.
    /// </summary>
    public string PeriodErrorResourceKey { get; set; }

    public long Clicks { get; set; }

    public long Conversions { get; set; }

    public decimal ConversionRatePercent { get; set; }

    public decimal PendingEarnings { get; set; }

    public decimal ApprovedEarnings { get; set; }

    public decimal PaidEarnings { get; set; }

    public string CurrencyCode { get; set; }

    public string ChartSvg { get; set; }

    public IList<AffiliateCommissionItemModel> Commissions { get; set; } = new List<AffiliateCommissionItemModel>();

    public int CommissionPage { get; set; }

    public int CommissionTotalPages { get; set; }

    public IList<AffiliatePayoutItemModel> Payouts { get; set; } = new List<AffiliatePayoutItemModel>();
}
