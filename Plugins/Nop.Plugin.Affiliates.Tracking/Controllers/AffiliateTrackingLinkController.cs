using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Affiliates.Tracking.Factories;
using Nop.Plugin.Affiliates.Tracking.Models.Admin;
using Nop.Plugin.Affiliates.Tracking.Services.Links;
using Nop.Plugin.Affiliates.Tracking.Services.Postbacks;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Security;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Affiliates.Tracking.Controllers;

/// <summary>
/// Admin "Affiliate links": list, create, edit, disable and enable share links; also an affiliate's own postback URL.
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class AffiliateTrackingLinkController : BasePluginController
{
    private const string LinksView = AffiliateTrackingDefaults.ViewRoot + "Admin/Links.cshtml";
    private const string CreateView = AffiliateTrackingDefaults.ViewRoot + "Admin/LinkCreate.cshtml";
    private const string EditView = AffiliateTrackingDefaults.ViewRoot + "Admin/LinkEdit.cshtml";

    private readonly IAffiliateLinkModelFactory _linkModelFactory;
    private readonly IAffiliateLinkService _linkService;
    private readonly IAffiliatePostbackService _postbackService;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;

    public AffiliateTrackingLinkController(IAffiliateLinkModelFactory linkModelFactory,
        IAffiliateLinkService linkService,
        IAffiliatePostbackService postbackService,
        ILocalizationService localizationService,
        INotificationService notificationService)
    {
        _linkModelFactory = linkModelFactory;
        _linkService = linkService;
        _postbackService = postbackService;
        _localizationService = localizationService;
        _notificationService = notificationService;
    }

    [CheckPermission(StandardPermission.Promotions.AFFILIATES_VIEW)]
    public async Task<IActionResult> Links()
    {
        var model = await _linkModelFactory.PrepareAffiliateLinkSearchModelAsync(new AffiliateLinkSearchModel());

        return View(LinksView, model);
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Promotions.AFFILIATES_VIEW)]
    public async Task<IActionResult> LinkList(AffiliateLinkSearchModel searchModel) =>
        Json(await _linkModelFactory.PrepareAffiliateLinkListModelAsync(searchModel));

    [CheckPermission(StandardPermission.Promotions.AFFILIATES_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> LinkCreate() =>
        View(CreateView, await _linkModelFactory.PrepareAffiliateLinkModelAsync(new AffiliateLinkModel(), null));

    [HttpPost]
    [CheckPermission(StandardPermission.Promotions.AFFILIATES_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> LinkCreate(AffiliateLinkModel model)
    {
        var result = await _linkService.CreateLinkAsync(model.AffiliateId, model.Slug, model.DestinationUrl);
        if (!result.Success)
        {
            await AddErrorAsync(result);
            return View(CreateView, await _linkModelFactory.PrepareAffiliateLinkModelAsync(model, null));
        }

        await NotifyAsync("Links.Notifications.Created");
        return RedirectToAction(nameof(LinkEdit), new { id = result.Link.Id });
    }

    [CheckPermission(StandardPermission.Promotions.AFFILIATES_VIEW)]
    public async Task<IActionResult> LinkEdit(int id)
    {
        var link = await _linkService.GetLinkByIdAsync(id);
        if (link is null)
            return RedirectToAction(nameof(Links));

        return View(EditView, await _linkModelFactory.PrepareAffiliateLinkModelAsync(null, link));
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Promotions.AFFILIATES_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> LinkEdit(AffiliateLinkModel model)
    {
        var result = await _linkService.UpdateLinkAsync(model.Id, model.Slug, model.DestinationUrl);
        if (result.Error == LinkError.LinkNotFound)
            return RedirectToAction(nameof(Links));
        if (!result.Success)
        {
            await AddErrorAsync(result);
            var link = await _linkService.GetLinkByIdAsync(model.Id);
            var form = await _linkModelFactory.PrepareAffiliateLinkModelAsync(null, link);
            form.Slug = model.Slug;
            form.DestinationUrl = model.DestinationUrl;
            return View(EditView, form);
        }

        await NotifyAsync("Links.Notifications.Updated");
        return RedirectToAction(nameof(LinkEdit), new { id = model.Id });
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Promotions.AFFILIATES_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> LinkSetActive(int id, bool active)
    {
        var result = await _linkService.SetLinkActiveAsync(id, active);
        if (!result.Success)
            return RedirectToAction(nameof(Links));

        await NotifyAsync(active ? "Links.Notifications.Enabled" : "Links.Notifications.Disabled");
        return RedirectToAction(nameof(LinkEdit), new { id });
    }

    // Postbacks (issue 6): an affiliate's own postback URL, from the form below the links grid.
    [HttpPost]
    [CheckPermission(StandardPermission.Promotions.AFFILIATES_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> AffiliatePostbackTemplate(AffiliatePostbackTemplateModel postbackTemplate)
    {
        var result = postbackTemplate.AffiliateId > 0
            ? await _postbackService.SaveAffiliateTemplateAsync(postbackTemplate.AffiliateId, postbackTemplate.UrlTemplate)
            : null;

        if (result is null)
            _notificationService.ErrorNotification(await _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + "Links.Errors.AffiliateNotFound"));
        else if (!result.IsValid)
        {
            var message = await _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + "Postbacks.Errors." + result.Error);
            _notificationService.ErrorNotification(string.Format(message, result.Detail ?? string.Empty));
        }
        else
            await NotifyAsync("Notifications.AffiliatePostbackSaved");

        return RedirectToAction(nameof(Links));
    }

    private async Task AddErrorAsync(LinkSaveResult result)
    {
        var field = result.Error switch
        {
            LinkError.AffiliateNotFound or LinkError.AffiliateInactive => nameof(AffiliateLinkModel.AffiliateId),
            LinkError.SlugInvalid or LinkError.SlugTaken => nameof(AffiliateLinkModel.Slug),
            LinkError.LinkNotFound => string.Empty,
            _ => nameof(AffiliateLinkModel.DestinationUrl)
        };

        ModelState.AddModelError(field, await _localizationService.GetResourceAsync(result.ErrorResourceKey));
    }

    private async Task NotifyAsync(string resource) =>
        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + resource));
}
