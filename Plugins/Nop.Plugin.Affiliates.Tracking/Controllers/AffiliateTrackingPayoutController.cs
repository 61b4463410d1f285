using System.Text;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Factories;
using Nop.Plugin.Affiliates.Tracking.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Models.Admin;
using Nop.Plugin.Affiliates.Tracking.Services.Messages;
using Nop.Plugin.Affiliates.Tracking.Services.Payouts;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Security;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Affiliates.Tracking.Controllers;

/// <summary>
/// Promotions → Affiliate program → Payouts: balances, batches, CSV and "mark paid". Reading needs the core affiliate
/// view permission; everything that creates, pays or exports the payment file needs the plugin's ManagePayouts.
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class AffiliateTrackingPayoutController : BasePluginController
{
    private const string PageView = AffiliateTrackingDefaults.ViewRoot + "Admin/Payouts.cshtml";

    private readonly IAffiliatePayoutModelFactory _payoutModelFactory;
    private readonly IAffiliatePayoutService _payoutService;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;

    public AffiliateTrackingPayoutController(IAffiliatePayoutModelFactory payoutModelFactory,
        IAffiliatePayoutService payoutService,
        ILocalizationService localizationService,
        INotificationService notificationService)
    {
        _payoutModelFactory = payoutModelFactory;
        _payoutService = payoutService;
        _localizationService = localizationService;
        _notificationService = notificationService;
    }

    [CheckPermission(StandardPermission.Promotions.AFFILIATES_VIEW)]
    public async Task<IActionResult> Payouts() =>
        View(PageView, await _payoutModelFactory.PreparePayoutPageModelAsync());

    // The batches grid's data source (DataTables posts draw/start/length): one page as JSON, or 400 with a message when
    // a value could not be read. Out-of-range paging is clamped, not refused.
    [HttpPost]
    [CheckPermission(StandardPermission.Promotions.AFFILIATES_VIEW)]
    public async Task<IActionResult> PayoutList(PayoutSearchModel searchModel)
    {
        var error = await GridRequestErrors.DescribeAsync(ModelState, _localizationService, AffiliateTrackingDefaults.LocalePrefix + "Admin.Payouts.InvalidValue");
        if (error.Length > 0)
            return BadRequest(new { error });

        return Json(await _payoutModelFactory.PreparePayoutListModelAsync(searchModel ?? new PayoutSearchModel()));
    }

    [HttpPost]
    [CheckPermission(AffiliateTrackingPermissionConfigManager.ManagePayouts)]
    public async Task<IActionResult> CreateBatch()
    {
        var result = await _payoutService.CreatePayoutBatchAsync();
        if (result.Payout is null)
            _notificationService.WarningNotification(await ResourceAsync("Admin.Payouts.NothingPayable"));
        else
            _notificationService.SuccessNotification(string.Format(await ResourceAsync("Admin.Payouts.Created"), result.Payout.Reference, result.Lines.Count));

        return RedirectToAction(nameof(Payouts));
    }

    [HttpPost]
    [CheckPermission(AffiliateTrackingPermissionConfigManager.ManagePayouts)]
    public async Task<IActionResult> ExportCsv(int id)
    {
        var payout = id > 0 ? await _payoutService.GetPayoutByIdAsync(id) : null;
        var csv = payout is null ? null : await _payoutService.ExportCsvAsync(payout.Id);
        if (csv is null)
            return await NotFoundAsync();

        // A BOM lets spreadsheets read the e-mail addresses as UTF-8.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
        return File(bytes, "text/csv; charset=utf-8", $"affiliate-payout-{payout.Reference}.csv");
    }

    [HttpPost]
    [CheckPermission(AffiliateTrackingPermissionConfigManager.ManagePayouts)]
    public async Task<IActionResult> MarkPaid(int id)
    {
        // The grid's button posts with ajax and shows the JSON answer above the grid; a plain form post is redirected.
        var ajax = IsAjaxRequest();
        var before = ModelState.IsValid && id > 0 ? await _payoutService.GetPayoutByIdAsync(id) : null;
        if (before is null)
            return ajax ? Json(new { success = false, error = await ResourceAsync("Admin.Payouts.NotFound") }) : await NotFoundAsync();

        // The service sends the payout-sent e-mails, exactly once however often (or from however many nodes) this is posted.
        await _payoutService.MarkPaidAsync(before.Id);

        var message = string.Format(await ResourceAsync("Admin.Payouts.MarkedPaid"), before.Reference);
        if (ajax)
            return Json(new { success = true, message });

        _notificationService.SuccessNotification(message);
        return RedirectToAction(nameof(Payouts));
    }

    private bool IsAjaxRequest() => string.Equals(Request.Headers.XRequestedWith, "XMLHttpRequest", StringComparison.Ordinal);

    private async Task<IActionResult> NotFoundAsync()
    {
        _notificationService.ErrorNotification(await ResourceAsync("Admin.Payouts.NotFound"));
        return RedirectToAction(nameof(Payouts));
    }

    private Task<string> ResourceAsync(string key) => _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + key);
}
