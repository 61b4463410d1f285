using Nop.Plugin.Affiliates.Tracking.Models.Admin;
using Nop.Plugin.Affiliates.Tracking.Services.Reports;

namespace Nop.Plugin.Affiliates.Tracking.Factories;

public interface IConversionReportModelFactory
{
    /// <summary>
    /// The report page: filter lists, grid page size and the program's totals of the last 30 days.
    /// </summary>
    Task<ConversionSearchModel> PrepareConversionSearchModelAsync(ConversionSearchModel searchModel);

    /// <summary>
    /// One grid page for a validated <paramref name="filter"/>; the page comes from the model's row offset and length, clamped.
    /// </summary>
    Task<ConversionListModel> PrepareConversionListModelAsync(ConversionSearchModel searchModel, ConversionFilter filter);
}
