using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Affiliates.Tracking.Factories;
using Nop.Plugin.Affiliates.Tracking.Models.Admin;
using Nop.Plugin.Affiliates.Tracking.Services.Reports;
using Nop.Plugin.Affiliates.Tracking.Validators;
using Nop.Services.Localization;
using Nop.Services.Security;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Affiliates.Tracking.Controllers;

/// <summary>
/// The admin conversions report: filters, grid and CSV export.
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class AffiliateTrackingConversionController : BasePluginController
{
    private const string CsvFileNamePrefix = "affiliate-conversions-";

    private readonly IConversionReportModelFactory _conversionReportModelFactory;
    private readonly IConversionReportService _conversionReportService;
    private readonly ILocalizationService _localizationService;
    private readonly TimeProvider _timeProvider;

    public AffiliateTrackingConversionController(IConversionReportModelFactory conversionReportModelFactory,
        IConversionReportService conversionReportService,
        ILocalizationService localizationService,
        TimeProvider timeProvider)
    {
        _conversionReportModelFactory = conversionReportModelFactory;
        _conversionReportService = conversionReportService;
        _localizationService = localizationService;
        _timeProvider = timeProvider;
    }

    [CheckPermission(StandardPermission.Promotions.AFFILIATES_VIEW)]
    public async Task<IActionResult> Conversions()
    {
        var model = await _conversionReportModelFactory.PrepareConversionSearchModelAsync(new ConversionSearchModel());

        return View(AffiliateTrackingDefaults.ViewRoot + "Admin/Conversions.cshtml", model);
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Promotions.AFFILIATES_VIEW)]
    public async Task<IActionResult> ConversionList(ConversionSearchModel searchModel)
    {
        var error = await ValidateAsync(searchModel);
        if (error is not null)
            return BadRequest(new { error });

        var filter = ToFilter(searchModel);
        return Json(await _conversionReportModelFactory.PrepareConversionListModelAsync(searchModel, filter));
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Promotions.AFFILIATES_VIEW)]
    public async Task ExportCsv(ConversionSearchModel searchModel)
    {
        var error = await ValidateAsync(searchModel);
        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Response.ContentType = "text/plain; charset=utf-8";
            await Response.WriteAsync(error, HttpContext.RequestAborted);
            return;
        }

        // Streamed: the rows go to the client as they are read, whatever their number. A BOM lets spreadsheets read UTF-8.
        var fileName = CsvFileNamePrefix + _timeProvider.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss") + ".csv";
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await using var writer = new StreamWriter(Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)) { NewLine = "\r\n" };
        await _conversionReportService.WriteCsvAsync(ToFilter(searchModel), writer, HttpContext.RequestAborted);
    }

    // Model binding errors (a malformed date, a number that is not one) and out-of-range filters become one readable message.
    private async Task<string> ValidateAsync(ConversionSearchModel searchModel)
    {
        var messages = new List<string>();
        foreach (var entry in ModelState.Where(entry => entry.Value.Errors.Count > 0))
            messages.Add(string.Format(await _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + "Admin.Conversions.InvalidValue"), entry.Key));

        if (messages.Count == 0)
        {
            foreach (var error in ConversionSearchModelValidator.Validate(searchModel, out _))
                messages.Add(string.Format(await _localizationService.GetResourceAsync(error.ResourceKey), error.Arguments));
        }

        if (messages.Count == 0)
            return null;

        return string.Join(" ", messages);
    }

    private static ConversionFilter ToFilter(ConversionSearchModel searchModel)
    {
        ConversionSearchModelValidator.Validate(searchModel, out var filter);
        return filter;
    }
}
