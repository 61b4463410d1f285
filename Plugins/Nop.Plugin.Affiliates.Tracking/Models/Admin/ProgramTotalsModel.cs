using Nop.Web.Framework.Models;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

/// <summary>
/// The whole program's numbers over the last days, shown above the conversions report.
/// </summary>
public record ProgramTotalsModel : BaseNopModel
{
    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public long Clicks { get; set; }

    public long Conversions { get; set; }

    public decimal ConversionRatePercent { get; set; }

    public decimal PendingEarnings { get; set; }

    public decimal ApprovedEarnings { get; set; }

    public decimal PaidEarnings { get; set; }
}
