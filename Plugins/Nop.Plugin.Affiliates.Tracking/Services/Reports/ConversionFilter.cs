using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Services.Reports;

/// <summary>
/// What the conversions report shows; every criterion left empty matches everything.
/// </summary>
public sealed record ConversionFilter
{
    public int AffiliateId { get; init; }

    /// <summary>
    /// Compared after normalisation (trimmed, upper case), the form codes are stored in.
    /// </summary>
    public string CouponCode { get; init; }

    public AttributionSource? Source { get; init; }

    public CommissionStatus? Status { get; init; }

    public ReportDateRange Dates { get; init; }
}
