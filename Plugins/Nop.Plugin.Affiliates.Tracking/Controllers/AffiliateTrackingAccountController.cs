using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Factories;
using Nop.Plugin.Affiliates.Tracking.Models.Customer;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Links;
using Nop.Plugin.Affiliates.Tracking.Services.Members;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Controllers;

namespace Nop.Plugin.Affiliates.Tracking.Controllers;

/// <summary>
/// The affiliate area under My account. Every action works on the signed-in customer's own membership only: ids that
/// arrive with a request are checked against it, and anything else is "not found".
/// </summary>
[AutoValidateAntiforgeryToken]
public class AffiliateTrackingAccountController : BasePublicController
{
    private const string AccountView = AffiliateTrackingDefaults.ViewRoot + "Customer/Account.cshtml";

    private readonly IAffiliateAccountModelFactory _accountModelFactory;
    private readonly IAffiliateLinkService _linkService;
    private readonly IAffiliateMemberService _memberService;
    private readonly ICustomerService _customerService;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly IShareLinkQrCodeService _qrCodeService;
    private readonly IWorkContext _workContext;

    public AffiliateTrackingAccountController(IAffiliateAccountModelFactory accountModelFactory,
        IAffiliateLinkService linkService,
        IAffiliateMemberService memberService,
        ICustomerService customerService,
        ILocalizationService localizationService,
        INotificationService notificationService,
        IShareLinkQrCodeService qrCodeService,
        IWorkContext workContext)
    {
        _accountModelFactory = accountModelFactory;
        _linkService = linkService;
        _memberService = memberService;
        _customerService = customerService;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _qrCodeService = qrCodeService;
        _workContext = workContext;
    }

    public async Task<IActionResult> Index([FromQuery] AffiliateDashboardQueryModel query)
    {
        var customer = await GetRegisteredCustomerAsync();
        if (customer is null)
            return Challenge();

        return View(AccountView, await _accountModelFactory.PrepareAccountModelAsync(customer, query: query));
    }

    [HttpPost]
    public async Task<IActionResult> Apply(AffiliateAccountModel model)
    {
        var customer = await GetRegisteredCustomerAsync();
        if (customer is null)
            return Challenge();

        var application = model?.Application ?? new AffiliateApplicationModel();
        var result = await _memberService.ApplyAsync(customer, new MemberApplication(application.AcceptTerms, application.Message, application.PayoutEmail));
        // Applied already (a second tab, a double click): the page in its current state says where they stand.
        if (result.Errors.Contains(MemberError.AlreadyMember))
        {
            _notificationService.ErrorNotification(await _localizationService.GetResourceAsync(MemberResult.ResourceKey(MemberError.AlreadyMember)));
            return RedirectToRoute(AffiliateTrackingDefaults.AccountRouteName);
        }

        if (!result.Success)
        {
            await AddErrorsAsync(result, nameof(AffiliateAccountModel.Application), error => error switch
            {
                MemberError.TermsNotAccepted => nameof(AffiliateApplicationModel.AcceptTerms),
                MemberError.MessageTooLong or MemberError.MessageInvalidCharacters => nameof(AffiliateApplicationModel.Message),
                MemberError.PayoutEmailEmpty or MemberError.PayoutEmailTooLong or MemberError.PayoutEmailMalformed => nameof(AffiliateApplicationModel.PayoutEmail),
                _ => string.Empty
            });

            return View(AccountView, await _accountModelFactory.PrepareAccountModelAsync(customer, model));
        }

        var message = result.Member.Status == MemberStatus.Approved ? "Account.Apply.Approved" : "Account.Apply.Received";
        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + message));
        return RedirectToRoute(AffiliateTrackingDefaults.AccountRouteName);
    }

    [HttpPost]
    public async Task<IActionResult> SavePayoutEmail(AffiliateAccountModel model)
    {
        var (customer, member) = await GetAffiliateAsync();
        if (customer is null)
            return Challenge();
        if (member is null)
            return RedirectToRoute(AffiliateTrackingDefaults.AccountRouteName);

        var result = await _memberService.SetPayoutEmailAsync(member.Id, model?.PayoutEmail?.PayoutEmail);
        if (!result.Success)
        {
            await AddErrorsAsync(result, nameof(AffiliateAccountModel.PayoutEmail), _ => nameof(AffiliatePayoutEmailModel.PayoutEmail));
            return View(AccountView, await _accountModelFactory.PrepareAccountModelAsync(customer, model));
        }

        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + "Account.PayoutEmail.Saved"));
        return RedirectToRoute(AffiliateTrackingDefaults.AccountRouteName);
    }

    [HttpPost]
    public async Task<IActionResult> CreateLink(AffiliateAccountModel model)
    {
        var (customer, member) = await GetAffiliateAsync();
        if (customer is null)
            return Challenge();
        if (member is null)
            return RedirectToRoute(AffiliateTrackingDefaults.AccountRouteName);

        // The link is always the signed-in affiliate's own: no affiliate id is taken from the form.
        var builder = model?.LinkBuilder ?? new AffiliateLinkBuilderModel();
        var result = await _linkService.CreateLinkAsync(member.AffiliateId, builder.Slug, builder.DestinationUrl);
        if (!result.Success)
        {
            var field = result.Error is LinkError.SlugInvalid or LinkError.SlugTaken
                ? nameof(AffiliateLinkBuilderModel.Slug)
                : nameof(AffiliateLinkBuilderModel.DestinationUrl);
            ModelState.AddModelError($"{nameof(AffiliateAccountModel.LinkBuilder)}.{field}", await _localizationService.GetResourceAsync(result.ErrorResourceKey));
            return View(AccountView, await _accountModelFactory.PrepareAccountModelAsync(customer, model));
        }

        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + "Account.LinkBuilder.Created"));
        return RedirectToRoute(AffiliateTrackingDefaults.AccountRouteName);
    }

    public async Task<IActionResult> LinkQr(int linkId, string format)
    {
        var (customer, member) = await GetAffiliateAsync();
        if (customer is null)
            return Challenge();

        // Another affiliate's link, an unknown id and a non-member all look the same: not found.
        var link = member is null ? null : await _linkService.GetLinkByIdAsync(linkId);
        if (link is null || link.AffiliateId != member.AffiliateId)
            return NotFound();

        var url = _accountModelFactory.GetShareLinkUrl(link);
        return format?.ToLowerInvariant() switch
        {
            "png" => File(_qrCodeService.GetPng(url), "image/png", $"{link.Slug}.png"),
            "svg" => File(System.Text.Encoding.UTF8.GetBytes(_qrCodeService.GetSvg(url)), "image/svg+xml", $"{link.Slug}.svg"),
            _ => NotFound()
        };
    }

    private async Task<Customer> GetRegisteredCustomerAsync()
    {
        var customer = await _workContext.GetCurrentCustomerAsync();
        return customer is not null && await _customerService.IsRegisteredAsync(customer) ? customer : null;
    }

    /// <summary>
    /// The signed-in customer, and their membership when it is in good standing (else null).
    /// </summary>
    private async Task<(Customer Customer, AffiliateMember Member)> GetAffiliateAsync()
    {
        var customer = await GetRegisteredCustomerAsync();
        if (customer is null)
            return (null, null);

        var member = await _memberService.GetMemberByCustomerIdAsync(customer.Id);
        return member is not null && MemberTransitionRule.IsInGoodStanding(member.Status) && member.AffiliateId > 0
            ? (customer, member)
            : (customer, null);
    }

    private async Task AddErrorsAsync(MemberResult result, string prefix, Func<MemberError, string> field)
    {
        foreach (var error in result.Errors)
        {
            var name = field(error);
            var key = string.IsNullOrEmpty(name) ? string.Empty : $"{prefix}.{name}";
            ModelState.AddModelError(key, await _localizationService.GetResourceAsync(MemberResult.ResourceKey(error)));
        }
    }
}
