using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Tax;
using Nop.Core.Domain.Vendors;
using Nop.Core.Security;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;
using Nop.Services.Customers;
using Nop.Services.Helpers;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Sandbox double of nopCommerce's WebWorkContext. The current customer is resolved lazily, on the first call, in
/// nopCommerce's order: search engine → signed-in customer (sandbox cookie authentication) → guest from the
/// ".Nop.Customer" cookie (ignored when that customer is registered) → a new guest row. The ".Nop.Customer" cookie is
/// then (re)written: HttpOnly, Secure on HTTPS, expiring after CookieSettings.CustomerCookieExpires hours.
/// </summary>
public class SandboxWorkContext : IWorkContext
{
    private readonly CookieSettings _cookieSettings;
    private readonly ICustomerService _customerService;
    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly IRepository<Language> _languageRepository;
    private readonly TimeProvider _timeProvider;
    private readonly IUserAgentHelper _userAgentHelper;
    private readonly IWebHelper _webHelper;

    private Customer _cachedCustomer;
    private Language _cachedLanguage;
    private Currency _cachedCurrency;
    private TaxDisplayType? _cachedTaxDisplayType;

    public SandboxWorkContext(CookieSettings cookieSettings,
        ICustomerService customerService,
        IHttpContextAccessor httpContextAccessor,
        IRepository<Language> languageRepository,
        TimeProvider timeProvider,
        IUserAgentHelper userAgentHelper,
        IWebHelper webHelper)
    {
        _cookieSettings = cookieSettings;
        _customerService = customerService;
        _httpContextAccessor = httpContextAccessor;
        _languageRepository = languageRepository;
        _timeProvider = timeProvider;
        _userAgentHelper = userAgentHelper;
        _webHelper = webHelper;
    }

    public Customer OriginalCustomerIfImpersonated => null;

    public async Task<Customer> GetCurrentCustomerAsync()
    {
        if (_cachedCustomer != null)
            return _cachedCustomer;

        await SetCurrentCustomerAsync();
        return _cachedCustomer;
    }

    public async Task SetCurrentCustomerAsync(Customer customer = null)
    {
        if (customer == null)
        {
            if (_userAgentHelper.IsSearchEngine())
                customer = await _customerService.GetOrCreateSearchEngineUserAsync();

            if (!IsUsable(customer))
                customer = await GetAuthenticatedCustomerAsync();

            if (!IsUsable(customer) && Guid.TryParse(_httpContextAccessor.HttpContext?.Request.Cookies[SandboxAuthenticationDefaults.CustomerCookieName], out var customerGuid))
            {
                var customerByCookie = await _customerService.GetCustomerByGuidAsync(customerGuid);
                if (customerByCookie != null && !await _customerService.IsRegisteredAsync(customerByCookie))
                    customer = customerByCookie;
            }

            if (!IsUsable(customer))
                customer = await _customerService.InsertGuestCustomerAsync();
        }

        if (IsUsable(customer))
        {
            SetCustomerCookie(customer.CustomerGuid);
            _cachedCustomer = customer;
        }
    }

    public Task<Vendor> GetCurrentVendorAsync() => Task.FromResult<Vendor>(null);

    public async Task<Language> GetWorkingLanguageAsync()
    {
        _cachedLanguage ??= await _languageRepository.GetByIdAsync(SandboxLocalizationService.LanguageId)
            ?? new Language { Id = SandboxLocalizationService.LanguageId, Name = "English", LanguageCulture = "en-US", UniqueSeoCode = "en", Published = true };
        return _cachedLanguage;
    }

    public Task SetWorkingLanguageAsync(Language language)
    {
        _cachedLanguage = language;
        return Task.CompletedTask;
    }

    public Task<Currency> GetWorkingCurrencyAsync()
    {
        _cachedCurrency ??= SandboxCurrency.Primary;
        return Task.FromResult(_cachedCurrency);
    }

    public Task SetWorkingCurrencyAsync(Currency currency)
    {
        _cachedCurrency = currency;
        return Task.CompletedTask;
    }

    public Task<TaxDisplayType> GetTaxDisplayTypeAsync() => Task.FromResult(_cachedTaxDisplayType ?? TaxDisplayType.ExcludingTax);

    public Task SetTaxDisplayTypeAsync(TaxDisplayType taxDisplayType)
    {
        _cachedTaxDisplayType = taxDisplayType;
        return Task.CompletedTask;
    }

    private static bool IsUsable(Customer customer) => customer is { Deleted: false, Active: true, RequireReLogin: false };

    private async Task<Customer> GetAuthenticatedCustomerAsync()
    {
        var httpContext = _httpContextAccessor.HttpContext;
        if (httpContext == null)
            return null;

        var result = await httpContext.AuthenticateAsync(SandboxAuthenticationDefaults.AuthenticationScheme);
        var guidClaim = result.Succeeded ? result.Principal?.FindFirst(SandboxAuthenticationDefaults.CustomerGuidClaimType)?.Value : null;
        if (!Guid.TryParse(guidClaim, out var customerGuid))
            return null;

        var customer = await _customerService.GetCustomerByGuidAsync(customerGuid);
        return customer != null && await _customerService.IsRegisteredAsync(customer) ? customer : null;
    }

    private void SetCustomerCookie(Guid customerGuid)
    {
        var httpContext = _httpContextAccessor.HttpContext;
        if (httpContext == null || httpContext.Response.HasStarted)
            return;

        var cookieName = SandboxAuthenticationDefaults.CustomerCookieName;
        httpContext.Response.Cookies.Delete(cookieName);
        var expires = customerGuid == Guid.Empty
            ? _timeProvider.GetUtcNow().AddMonths(-1)
            : _timeProvider.GetUtcNow().AddHours(_cookieSettings.CustomerCookieExpires);

        httpContext.Response.Cookies.Append(cookieName, customerGuid.ToString(), new CookieOptions
        {
            HttpOnly = true,
            Expires = expires,
            Secure = _webHelper.IsCurrentConnectionSecured()
        });
    }
}
