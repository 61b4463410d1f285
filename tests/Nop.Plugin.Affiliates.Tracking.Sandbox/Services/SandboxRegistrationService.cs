using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Data;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;
using Nop.Services.Customers;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Stands in for nopCommerce's CustomerRegistrationService.RegisterCustomerAsync: the current guest record becomes the
/// registered customer in place (same id, so what the guest did stays theirs), Guests role swapped for Registered,
/// password stored. The caller signs the customer in afterwards, as nopCommerce's register page does.
/// </summary>
public class SandboxRegistrationService
{
    public const int MinPasswordLength = 6;

    private readonly ICustomerService _customerService;
    private readonly IRepository<SandboxCustomerPassword> _passwordRepository;
    private readonly IRepository<SandboxCustomerRoleMapping> _roleMappingRepository;
    private readonly TimeProvider _timeProvider;
    private readonly IWorkContext _workContext;

    public SandboxRegistrationService(ICustomerService customerService,
        IRepository<SandboxCustomerPassword> passwordRepository,
        IRepository<SandboxCustomerRoleMapping> roleMappingRepository,
        TimeProvider timeProvider,
        IWorkContext workContext)
    {
        _customerService = customerService;
        _passwordRepository = passwordRepository;
        _roleMappingRepository = roleMappingRepository;
        _timeProvider = timeProvider;
        _workContext = workContext;
    }

    /// <returns>An error to show, or null when the customer was registered.</returns>
    public async Task<string> RegisterAsync(string email, string password, string firstName, string lastName)
    {
        email = email?.Trim();
        if (string.IsNullOrEmpty(email) || !email.Contains('@') || email.Length > 254)
            return "Enter a valid e-mail address.";
        if (string.IsNullOrEmpty(password) || password.Length < MinPasswordLength)
            return $"The password needs at least {MinPasswordLength} characters.";
        if (await _customerService.GetCustomerByEmailAsync(email) is not null)
            return "The specified e-mail already exists.";

        var customer = await _workContext.GetCurrentCustomerAsync();
        if (await _customerService.IsRegisteredAsync(customer))
            return "You are already registered.";

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        customer.Email = email;
        customer.Username = email;
        customer.FirstName = firstName?.Trim();
        customer.LastName = lastName?.Trim();
        customer.RegisteredInStoreId = 1;
        await _customerService.UpdateCustomerAsync(customer);

        var guests = await _customerService.GetCustomerRoleBySystemNameAsync(NopCustomerDefaults.GuestsRoleName);
        var registered = await _customerService.GetCustomerRoleBySystemNameAsync(NopCustomerDefaults.RegisteredRoleName);
        await _roleMappingRepository.DeleteAsync(mapping => mapping.CustomerId == customer.Id && mapping.CustomerRoleId == guests.Id);
        await _roleMappingRepository.InsertAsync(new SandboxCustomerRoleMapping { CustomerId = customer.Id, CustomerRoleId = registered.Id });

        var (hash, salt) = SandboxPasswordHasher.Hash(password);
        await _passwordRepository.InsertAsync(new SandboxCustomerPassword { CustomerId = customer.Id, PasswordHash = hash, PasswordSalt = salt, CreatedOnUtc = now });

        return null;
    }
}
