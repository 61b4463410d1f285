using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Data;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;
using Nop.Services.Customers;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Demo-login sign-in, following nopCommerce's CustomerRegistrationService.SignInCustomerAsync: when a guest signs in,
/// the guest's AffiliateId (if any) overwrites the registered customer's, the guest's cart lines and coupon codes move
/// over, the registered customer becomes the current one, the authentication cookie is issued, and CustomerLoggedinEvent
/// (with the guest, when there was one) is published.
/// </summary>
public class SandboxSignInService
{
    private readonly IRepository<SandboxCartItem> _cartItemRepository;
    private readonly ICustomerService _customerService;
    private readonly IEventPublisher _eventPublisher;
    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly IRepository<SandboxCustomerPassword> _passwordRepository;
    private readonly TimeProvider _timeProvider;
    private readonly IWorkContext _workContext;

    public SandboxSignInService(IRepository<SandboxCartItem> cartItemRepository,
        ICustomerService customerService,
        IEventPublisher eventPublisher,
        IHttpContextAccessor httpContextAccessor,
        IRepository<SandboxCustomerPassword> passwordRepository,
        TimeProvider timeProvider,
        IWorkContext workContext)
    {
        _cartItemRepository = cartItemRepository;
        _customerService = customerService;
        _eventPublisher = eventPublisher;
        _httpContextAccessor = httpContextAccessor;
        _passwordRepository = passwordRepository;
        _timeProvider = timeProvider;
        _workContext = workContext;
    }

    /// <returns>The signed-in customer, or null when the e-mail or password is wrong.</returns>
    public async Task<Customer> SignInAsync(string email, string password)
    {
        var customer = await _customerService.GetCustomerByEmailAsync(email);
        if (customer is not { Active: true, Deleted: false } || !await _customerService.IsRegisteredAsync(customer))
            return null;

        var stored = await _passwordRepository.Table.Where(candidate => candidate.CustomerId == customer.Id)
            .OrderByDescending(candidate => candidate.Id).FirstOrDefaultAsync();
        if (stored == null || !SandboxPasswordHasher.Verify(password, stored.PasswordHash, stored.PasswordSalt))
            return null;

        var current = await _workContext.GetCurrentCustomerAsync();
        var guest = current.Id != customer.Id && await _customerService.IsGuestAsync(current) ? current : null;
        if (guest != null)
            await MigrateGuestAsync(guest, customer);

        customer.LastLoginDateUtc = _timeProvider.GetUtcNow().UtcDateTime;
        await _customerService.UpdateCustomerAsync(customer);
        await _workContext.SetCurrentCustomerAsync(customer);

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Email, customer.Email),
            new Claim(ClaimTypes.Name, customer.Email),
            new Claim(SandboxAuthenticationDefaults.CustomerGuidClaimType, customer.CustomerGuid.ToString())
        ], SandboxAuthenticationDefaults.AuthenticationScheme);

        await _httpContextAccessor.HttpContext!.SignInAsync(SandboxAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity),
            new AuthenticationProperties { IsPersistent = false, IssuedUtc = _timeProvider.GetUtcNow() });

        await _eventPublisher.PublishAsync(new CustomerLoggedinEvent(customer, guest));

        return customer;
    }

    public async Task SignOutAsync()
    {
        await _httpContextAccessor.HttpContext!.SignOutAsync(SandboxAuthenticationDefaults.AuthenticationScheme);
    }

    private async Task MigrateGuestAsync(Customer guest, Customer customer)
    {
        if (guest.AffiliateId != 0)
            customer.AffiliateId = guest.AffiliateId;

        var guestItems = await _cartItemRepository.Table.Where(item => item.CustomerId == guest.Id).ToListAsync();
        foreach (var item in guestItems)
        {
            item.CustomerId = customer.Id;
            await _cartItemRepository.UpdateAsync(item);
        }
        if (guestItems.Count > 0)
            customer.HasShoppingCartItems = true;

        foreach (var code in await _customerService.ParseAppliedDiscountCouponCodesAsync(guest))
            await _customerService.ApplyDiscountCouponCodeAsync(customer, code);
    }
}
