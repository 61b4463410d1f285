using Nop.Core;
using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Services.Reports;

/// <summary>
/// The conversions report: commissions, newest first, filtered for the admin grid and its CSV export.
/// </summary>
public interface IConversionReportService
{
    /// <summary>
    /// One page of the matching commissions, newest first. The total count stops at
    /// <see cref="Rules.ReportPage.MaxRows"/> (then <see cref="IPagedList{T}.TotalCount"/> equals it and later rows cannot be paged to), so a
    /// first page stays fast whatever the table's size; the CSV export has every row.
    /// </summary>
    Task<IPagedList<AffiliateCommission>> SearchConversionsAsync(ConversionFilter filter, int pageIndex, int pageSize);

    /// <summary>
    /// Writes every matching commission as CSV (header line first), newest first, in batches, so memory stays flat
    /// whatever the number of rows.
    /// </summary>
    Task WriteCsvAsync(ConversionFilter filter, TextWriter writer, CancellationToken cancellationToken = default);
}
