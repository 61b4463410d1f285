using System.Text;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Factories;
using Nop.Plugin.Affiliates.Tracking.Infrastructure;
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
    public async Task<IActionResult> Payouts(int page = 0) =>
        View(PageView, await _payoutModelFactory.PreparePayoutPageModelAsync(ModelState.IsValid ? page : 0));

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
        var before = id > 0 ? await _payoutService.GetPayoutByIdAsync(id) : null;
        if (before is null)
            return await NotFoundAsync();

        // The service sends the payout-sent e-mails, exactly once however often (or from however many nodes) this is posted.
        await _payoutService.MarkPaidAsync(before.Id);

        _notificationService.SuccessNotification(string.Format(await ResourceAsync("Admin.Payouts.MarkedPaid"), before.Reference));
        return RedirectToAction(nameof(Payouts));
    }

    private async Task<IActionResult> NotFoundAsync()
    {
        _notificationService.ErrorNotification(await ResourceAsync("Admin.Payouts.NotFound"));
        return RedirectToAction(nameof(Payouts));
    }

    private Task<string> ResourceAsync(string key) => _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + key);
}
