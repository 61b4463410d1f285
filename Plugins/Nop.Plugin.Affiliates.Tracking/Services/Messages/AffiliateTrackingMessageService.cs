using System.Globalization;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Services.Affiliates;
using Nop.Services.Common;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Messages;

namespace Nop.Plugin.Affiliates.Tracking.Services.Messages;

public class AffiliateTrackingMessageService : IAffiliateTrackingMessageService
{
    private readonly IAddressService _addressService;
    private readonly IAffiliateService _affiliateService;
    private readonly ICustomerService _customerService;
    private readonly IEmailAccountService _emailAccountService;
    private readonly ILanguageService _languageService;
    private readonly IMessageTemplateService _messageTemplateService;
    private readonly IRepository<AffiliateMember> _memberRepository;
    private readonly ISettingService _settingService;
    private readonly IStoreContext _storeContext;
    private readonly IWorkflowMessageService _workflowMessageService;

    public AffiliateTrackingMessageService(IAddressService addressService,
        IAffiliateService affiliateService,
        ICustomerService customerService,
        IEmailAccountService emailAccountService,
        ILanguageService languageService,
        IMessageTemplateService messageTemplateService,
        IRepository<AffiliateMember> memberRepository,
        ISettingService settingService,
        IStoreContext storeContext,
        IWorkflowMessageService workflowMessageService)
    {
        _addressService = addressService;
        _affiliateService = affiliateService;
        _customerService = customerService;
        _emailAccountService = emailAccountService;
        _languageService = languageService;
        _messageTemplateService = messageTemplateService;
        _memberRepository = memberRepository;
        _settingService = settingService;
        _storeContext = storeContext;
        _workflowMessageService = workflowMessageService;
    }

    /// <inheritdoc />
    public async Task<IList<int>> SendApplicationReceivedAsync(AffiliateMember member, Customer customer)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(customer);

        // Per-store switches: the store the e-mail goes out from decides.
        var store = await _storeContext.GetCurrentStoreAsync();
        var settings = await _settingService.LoadSettingAsync<AffiliateTrackingSettings>(store.Id);
        var sent = new List<int>();
        var tokens = await MemberTokensAsync(store, member, customer);

        if (settings.NotifyStoreOwnerOfApplications)
        {
            // As nopCommerce's own store-owner notifications: to the address of the template's e-mail account.
            var template = await GetActiveTemplateAsync(AffiliateTrackingDefaults.ApplicationReceivedStoreOwnerTemplate, store.Id);
            var account = template is null ? null : await GetEmailAccountAsync(template.EmailAccountId);
            if (account is not null)
                sent.Add(await SendAsync(template, account, await LanguageIdAsync(store, null), tokens, account.Email, account.DisplayName));
        }

        if (settings.NotifyApplicantOfApplication)
            await SendToCustomerAsync(sent, AffiliateTrackingDefaults.ApplicationReceivedApplicantTemplate, store, customer, customer.Email, tokens);

        return sent;
    }

    /// <inheritdoc />
    public async Task<IList<int>> SendApplicationApprovedAsync(AffiliateMember member, Customer customer)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(customer);

        var store = await _storeContext.GetCurrentStoreAsync();
        var settings = await _settingService.LoadSettingAsync<AffiliateTrackingSettings>(store.Id);
        var sent = new List<int>();
        if (!settings.NotifyAffiliateOfApproval)
            return sent;

        var tokens = await MemberTokensAsync(store, member, customer);
        await SendToCustomerAsync(sent, AffiliateTrackingDefaults.ApplicationApprovedTemplate, store, customer, member.PayoutEmail ?? customer.Email, tokens);

        return sent;
    }

    /// <inheritdoc />
    public async Task<IList<int>> SendPayoutSentAsync(int affiliateId, decimal amount, string currencyCode, string reference, DateTime paidOnUtc)
    {
        var settings = await _settingService.LoadSettingAsync<AffiliateTrackingSettings>();
        var sent = new List<int>();
        var affiliate = await _affiliateService.GetAffiliateByIdAsync(affiliateId);
        if (!settings.NotifyAffiliateOfPayout || affiliate is null || affiliate.Deleted)
            return sent;

        var member = await _memberRepository.Table.FirstOrDefaultAsync(m => m.AffiliateId == affiliateId);
        var customer = member is null ? null : await _customerService.GetCustomerByIdAsync(member.CustomerId);
        var address = await _addressService.GetAddressByIdAsync(affiliate.AddressId);
        var email = member?.PayoutEmail ?? customer?.Email ?? address?.Email;
        var name = await _affiliateService.GetAffiliateFullNameAsync(affiliate);
        if (string.IsNullOrWhiteSpace(email))
            return sent;

        var store = await _storeContext.GetCurrentStoreAsync();
        var tokens = StoreTokens(store);
        tokens.Add(new Token("Affiliate.FullName", name));
        tokens.Add(new Token("Payout.Amount", amount.ToString("0.00", CultureInfo.InvariantCulture)));
        tokens.Add(new Token("Payout.CurrencyCode", currencyCode ?? string.Empty));
        tokens.Add(new Token("Payout.Reference", reference ?? string.Empty));
        tokens.Add(new Token("Payout.PaidOn", paidOnUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        tokens.Add(new Token("Payout.Email", email));
        tokens.Add(new Token("AffiliateProgram.AccountUrl", AccountUrl(store), true));

        var template = await GetActiveTemplateAsync(AffiliateTrackingDefaults.PayoutSentTemplate, store.Id);
        var account = template is null ? null : await GetEmailAccountAsync(template.EmailAccountId);
        if (account is not null)
            sent.Add(await SendAsync(template, account, await LanguageIdAsync(store, customer), tokens, email, name));

        return sent;
    }

    /// <inheritdoc />
    public async Task InstallTemplatesAsync()
    {
        var account = await GetEmailAccountAsync(0);
        foreach (var definition in AffiliateTrackingMessageTemplates.All)
        {
            if ((await _messageTemplateService.GetMessageTemplatesByNameAsync(definition.Name)).Any())
                continue;

            await _messageTemplateService.InsertMessageTemplateAsync(new MessageTemplate
            {
                Name = definition.Name,
                Subject = definition.Subject,
                Body = definition.Body,
                IsActive = true,
                EmailAccountId = account?.Id ?? 0
            });
        }
    }

    /// <inheritdoc />
    public async Task UninstallTemplatesAsync()
    {
        foreach (var definition in AffiliateTrackingMessageTemplates.All)
        {
            foreach (var template in await _messageTemplateService.GetMessageTemplatesByNameAsync(definition.Name))
                await _messageTemplateService.DeleteMessageTemplateAsync(template);
        }
    }

    private async Task SendToCustomerAsync(List<int> sent, string templateName, Store store, Customer customer, string email, List<Token> tokens)
    {
        if (string.IsNullOrWhiteSpace(email))
            return;

        var template = await GetActiveTemplateAsync(templateName, store.Id);
        var account = template is null ? null : await GetEmailAccountAsync(template.EmailAccountId);
        if (account is not null)
            sent.Add(await SendAsync(template, account, await LanguageIdAsync(store, customer), tokens, email, await _customerService.GetCustomerFullNameAsync(customer)));
    }

    private Task<int> SendAsync(MessageTemplate template, EmailAccount account, int languageId, List<Token> tokens, string toEmail, string toName) =>
        _workflowMessageService.SendNotificationAsync(template, account, languageId, tokens, toEmail, toName);

    private async Task<MessageTemplate> GetActiveTemplateAsync(string name, int storeId) =>
        (await _messageTemplateService.GetMessageTemplatesByNameAsync(name, storeId)).FirstOrDefault(template => template.IsActive);

    // The template's account, else the store's default account, else any: as nopCommerce's workflow service picks one.
    private async Task<EmailAccount> GetEmailAccountAsync(int emailAccountId)
    {
        var account = emailAccountId > 0 ? await _emailAccountService.GetEmailAccountByIdAsync(emailAccountId) : null;
        if (account is not null)
            return account;

        var defaultId = (await _settingService.LoadSettingAsync<EmailAccountSettings>()).DefaultEmailAccountId;
        account = defaultId > 0 ? await _emailAccountService.GetEmailAccountByIdAsync(defaultId) : null;
        return account ?? (await _emailAccountService.GetAllEmailAccountsAsync()).FirstOrDefault();
    }

    private async Task<int> LanguageIdAsync(Store store, Customer customer)
    {
        var languageId = customer?.LanguageId ?? store.DefaultLanguageId;
        if (languageId > 0)
            return languageId;

        return (await _languageService.GetAllLanguagesAsync()).FirstOrDefault()?.Id ?? 0;
    }

    private async Task<List<Token>> MemberTokensAsync(Store store, AffiliateMember member, Customer customer)
    {
        var tokens = StoreTokens(store);
        tokens.Add(new Token("Customer.Email", customer.Email));
        tokens.Add(new Token("Customer.FullName", await _customerService.GetCustomerFullNameAsync(customer)));
        tokens.Add(new Token("AffiliateProgram.Status", member.Status.ToString()));
        tokens.Add(new Token("AffiliateProgram.ApplicationMessage", member.ApplicationMessage ?? string.Empty));
        tokens.Add(new Token("AffiliateProgram.AccountUrl", AccountUrl(store), true));
        tokens.Add(new Token("AffiliateProgram.AdminUrl", StoreUrl(store) + AffiliateTrackingDefaults.MembersAdminPath, true));
        return tokens;
    }

    private static List<Token> StoreTokens(Store store) =>
    [
        new Token("Store.Name", store.Name),
        new Token("Store.URL", StoreUrl(store), true)
    ];

    private static string StoreUrl(Store store)
    {
        var url = store.Url ?? string.Empty;
        return url.EndsWith('/') ? url : url + "/";
    }

    private static string AccountUrl(Store store) => StoreUrl(store) + AffiliateTrackingDefaults.AccountPath;
}
