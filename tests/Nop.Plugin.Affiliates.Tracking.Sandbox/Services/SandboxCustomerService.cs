using System.Xml.Linq;
using Nop.Core;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Tax;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Data;
using Nop.Services.Common;
using Nop.Services.Customers;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Sandbox double of nopCommerce's CustomerService: customers, roles (through <see cref="SandboxCustomerRoleMapping"/>)
/// and the customer-entered coupon codes, kept like nopCommerce in the "DiscountCouponCode" generic attribute
/// (store 0) as &lt;DiscountCouponCodes&gt;&lt;CouponCode Code="..." /&gt;&lt;/DiscountCouponCodes&gt;.
/// </summary>
public class SandboxCustomerService : ICustomerService
{
    private const string CouponCodesElement = "DiscountCouponCodes";
    private const string GiftCardCodesElement = "GiftCardCouponCodes";
    private const string CouponCodeElement = "CouponCode";
    private const string CodeAttribute = "Code";

    private readonly IRepository<Address> _addressRepository;
    private readonly IRepository<SandboxCartItem> _cartItemRepository;
    private readonly IRepository<Customer> _customerRepository;
    private readonly IRepository<CustomerRole> _customerRoleRepository;
    private readonly IGenericAttributeService _genericAttributeService;
    private readonly IRepository<Order> _orderRepository;
    private readonly IRepository<SandboxCustomerRoleMapping> _roleMappingRepository;
    private readonly TimeProvider _timeProvider;

    public SandboxCustomerService(IRepository<Address> addressRepository,
        IRepository<SandboxCartItem> cartItemRepository,
        IRepository<Customer> customerRepository,
        IRepository<CustomerRole> customerRoleRepository,
        IGenericAttributeService genericAttributeService,
        IRepository<Order> orderRepository,
        IRepository<SandboxCustomerRoleMapping> roleMappingRepository,
        TimeProvider timeProvider)
    {
        _addressRepository = addressRepository;
        _cartItemRepository = cartItemRepository;
        _customerRepository = customerRepository;
        _customerRoleRepository = customerRoleRepository;
        _genericAttributeService = genericAttributeService;
        _orderRepository = orderRepository;
        _roleMappingRepository = roleMappingRepository;
        _timeProvider = timeProvider;
    }

    public async Task<IPagedList<Customer>> GetAllCustomersAsync(DateTime? createdFromUtc = null, DateTime? createdToUtc = null,
        DateTime? lastActivityFromUtc = null, DateTime? lastActivityToUtc = null, int affiliateId = 0, int vendorId = 0,
        int[] customerRoleIds = null, string email = null, string username = null, string firstName = null, string lastName = null,
        int dayOfBirth = 0, int monthOfBirth = 0, string company = null, string phone = null, string zipPostalCode = null,
        string ipAddress = null, bool? isActive = null, int pageIndex = 0, int pageSize = int.MaxValue, bool getOnlyTotalCount = false,
        int? erpCustomerId = null, int[] accountManagerIds = null)
    {
        var query = _customerRepository.Table.Where(customer => !customer.Deleted);
        if (createdFromUtc.HasValue)
            query = query.Where(customer => createdFromUtc.Value <= customer.CreatedOnUtc);
        if (createdToUtc.HasValue)
            query = query.Where(customer => createdToUtc.Value >= customer.CreatedOnUtc);
        if (lastActivityFromUtc.HasValue)
            query = query.Where(customer => lastActivityFromUtc.Value <= customer.LastActivityDateUtc);
        if (lastActivityToUtc.HasValue)
            query = query.Where(customer => lastActivityToUtc.Value >= customer.LastActivityDateUtc);
        if (affiliateId > 0)
            query = query.Where(customer => customer.AffiliateId == affiliateId);
        if (vendorId > 0)
            query = query.Where(customer => customer.VendorId == vendorId);
        if (customerRoleIds is { Length: > 0 })
            query = query.Where(customer => _roleMappingRepository.Table.Any(mapping => mapping.CustomerId == customer.Id && customerRoleIds.Contains(mapping.CustomerRoleId)));
        if (!string.IsNullOrWhiteSpace(email))
            query = query.Where(customer => customer.Email.Contains(email));
        if (!string.IsNullOrWhiteSpace(username))
            query = query.Where(customer => customer.Username.Contains(username));
        if (!string.IsNullOrWhiteSpace(firstName))
            query = query.Where(customer => customer.FirstName.Contains(firstName));
        if (!string.IsNullOrWhiteSpace(lastName))
            query = query.Where(customer => customer.LastName.Contains(lastName));
        if (!string.IsNullOrWhiteSpace(ipAddress))
            query = query.Where(customer => customer.LastIpAddress == ipAddress);
        if (isActive.HasValue)
            query = query.Where(customer => customer.Active == isActive.Value);

        return await query.OrderByDescending(customer => customer.CreatedOnUtc).ThenByDescending(customer => customer.Id)
            .ToPagedListAsync(pageIndex, pageSize, getOnlyTotalCount);
    }

    public async Task DeleteCustomerAsync(Customer customer)
    {
        if (customer.IsSystemAccount)
            throw new InvalidOperationException($"System customer account ({customer.SystemName}) could not be deleted");

        await _customerRepository.DeleteAsync(customer);
    }

    public Task<Customer> GetOrCreateBackgroundTaskUserAsync() => GetOrCreateSystemAccountAsync(NopCustomerDefaults.BackgroundTaskCustomerName);

    public Task<Customer> GetOrCreateSearchEngineUserAsync() => GetOrCreateSystemAccountAsync(NopCustomerDefaults.SearchEngineCustomerName);

    public async Task<Customer> GetCustomerByIdAsync(int customerId) => await _customerRepository.GetByIdAsync(customerId);

    public async Task<IList<Customer>> GetCustomersByIdsAsync(int[] customerIds) => await _customerRepository.GetByIdsAsync(customerIds);

    public async Task<IList<Customer>> GetCustomersByGuidsAsync(Guid[] customerGuids) =>
        await _customerRepository.Table.Where(customer => customerGuids.Contains(customer.CustomerGuid)).ToListAsync();

    public async Task<Customer> GetCustomerByGuidAsync(Guid customerGuid) =>
        customerGuid == Guid.Empty ? null : await _customerRepository.Table.FirstOrDefaultAsync(customer => customer.CustomerGuid == customerGuid);

    public async Task<Customer> GetCustomerByEmailAsync(string email)
    {
        if (string.IsNullOrWhiteSpace(email))
            return null;

        var normalized = email.Trim().ToLowerInvariant();
        return await _customerRepository.Table.OrderBy(customer => customer.Id)
            .FirstOrDefaultAsync(customer => !customer.Deleted && customer.Email.ToLower() == normalized);
    }

    public async Task<Customer> GetCustomerBySystemNameAsync(string systemName) =>
        string.IsNullOrWhiteSpace(systemName) ? null : await _customerRepository.Table.FirstOrDefaultAsync(customer => customer.SystemName == systemName);

    public async Task<Customer> GetCustomerByUsernameAsync(string username) =>
        string.IsNullOrWhiteSpace(username) ? null : await _customerRepository.Table.FirstOrDefaultAsync(customer => !customer.Deleted && customer.Username == username);

    public async Task<Customer> InsertGuestCustomerAsync()
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var customer = new Customer { CustomerGuid = Guid.NewGuid(), Active = true, CreatedOnUtc = now, LastActivityDateUtc = now };
        await _customerRepository.InsertAsync(customer);

        var guestRole = await GetCustomerRoleBySystemNameAsync(NopCustomerDefaults.GuestsRoleName)
            ?? throw new InvalidOperationException("'Guests' role could not be loaded");
        await _roleMappingRepository.InsertAsync(new SandboxCustomerRoleMapping { CustomerId = customer.Id, CustomerRoleId = guestRole.Id });

        return customer;
    }

    public async Task InsertCustomerAsync(Customer customer) => await _customerRepository.InsertAsync(customer);

    public async Task UpdateCustomerAsync(Customer customer) => await _customerRepository.UpdateAsync(customer);

    public async Task ResetCheckoutDataAsync(Customer customer, int storeId, bool clearCouponCodes = false, bool clearCheckoutAttributes = false,
        bool clearRewardPoints = true, bool clearShippingMethod = true, bool clearPaymentMethod = true)
    {
        ArgumentNullException.ThrowIfNull(customer);

        if (clearCouponCodes)
        {
            await _genericAttributeService.SaveAttributeAsync<string>(customer, NopCustomerDefaults.DiscountCouponCodeAttribute, null);
            await _genericAttributeService.SaveAttributeAsync<string>(customer, NopCustomerDefaults.GiftCardCouponCodesAttribute, null);
        }

        if (clearCheckoutAttributes)
            await _genericAttributeService.SaveAttributeAsync<string>(customer, NopCustomerDefaults.CheckoutAttributes, null, storeId);
    }

    public async Task<int> DeleteGuestCustomersAsync(DateTime? createdFromUtc, DateTime? createdToUtc, bool onlyWithoutShoppingCart)
    {
        var guestRole = await GetCustomerRoleBySystemNameAsync(NopCustomerDefaults.GuestsRoleName);
        if (guestRole == null)
            return 0;

        var query = _customerRepository.Table.Where(customer => !customer.IsSystemAccount && string.IsNullOrEmpty(customer.Email)
            && _roleMappingRepository.Table.Any(mapping => mapping.CustomerId == customer.Id && mapping.CustomerRoleId == guestRole.Id)
            && !_orderRepository.Table.Any(order => order.CustomerId == customer.Id));
        if (createdFromUtc.HasValue)
            query = query.Where(customer => createdFromUtc.Value <= customer.CreatedOnUtc);
        if (createdToUtc.HasValue)
            query = query.Where(customer => createdToUtc.Value >= customer.CreatedOnUtc);
        if (onlyWithoutShoppingCart)
            query = query.Where(customer => !_cartItemRepository.Table.Any(item => item.CustomerId == customer.Id));

        var ids = await query.Select(customer => customer.Id).ToListAsync();
        if (ids.Count == 0)
            return 0;

        // Like nopCommerce: a predicate delete, so no entity events.
        await _roleMappingRepository.DeleteAsync(mapping => ids.Contains(mapping.CustomerId));
        return await _customerRepository.DeleteAsync(customer => ids.Contains(customer.Id));
    }

    public Task<TaxDisplayType> GetCustomerTaxDisplayTypeAsync(Customer customer) => Task.FromResult(TaxDisplayType.ExcludingTax);

    public Task<string> GetCustomerFullNameAsync(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);

        var fullName = string.Join(" ", new[] { customer.FirstName, customer.LastName }.Where(part => !string.IsNullOrWhiteSpace(part)));
        return Task.FromResult(fullName);
    }

    public async Task<string> FormatUsernameAsync(Customer customer, bool stripTooLong = false, int maxLength = 0)
    {
        if (customer == null)
            return string.Empty;

        if (await IsGuestAsync(customer))
            return "Guest";

        var result = customer.Email ?? customer.Username ?? string.Empty;
        return stripTooLong && maxLength > 0 && result.Length > maxLength ? result[..maxLength] : result;
    }

    public Task<string[]> ParseAppliedDiscountCouponCodesAsync(Customer customer) =>
        ParseCodesAsync(customer, NopCustomerDefaults.DiscountCouponCodeAttribute);

    public async Task ApplyDiscountCouponCodeAsync(Customer customer, string couponCode)
    {
        ArgumentNullException.ThrowIfNull(customer);

        if (string.IsNullOrWhiteSpace(couponCode))
            return;

        var codes = (await ParseAppliedDiscountCouponCodesAsync(customer)).ToList();
        var normalized = couponCode.Trim().ToLowerInvariant();
        if (!codes.Contains(normalized, StringComparer.InvariantCultureIgnoreCase))
            codes.Add(normalized);

        await SaveCodesAsync(customer, NopCustomerDefaults.DiscountCouponCodeAttribute, CouponCodesElement, codes);
    }

    public async Task RemoveDiscountCouponCodeAsync(Customer customer, string couponCode)
    {
        ArgumentNullException.ThrowIfNull(customer);

        var codes = (await ParseAppliedDiscountCouponCodesAsync(customer))
            .Where(code => !code.Equals(couponCode?.Trim(), StringComparison.InvariantCultureIgnoreCase))
            .ToList();
        await SaveCodesAsync(customer, NopCustomerDefaults.DiscountCouponCodeAttribute, CouponCodesElement, codes);
    }

    public Task<string[]> ParseAppliedGiftCardCouponCodesAsync(Customer customer) =>
        ParseCodesAsync(customer, NopCustomerDefaults.GiftCardCouponCodesAttribute);

    public async Task ApplyGiftCardCouponCodeAsync(Customer customer, string couponCode)
    {
        var codes = (await ParseAppliedGiftCardCouponCodesAsync(customer)).ToList();
        var trimmed = couponCode?.Trim();
        if (!string.IsNullOrEmpty(trimmed) && !codes.Contains(trimmed, StringComparer.InvariantCultureIgnoreCase))
            codes.Add(trimmed);

        await SaveCodesAsync(customer, NopCustomerDefaults.GiftCardCouponCodesAttribute, GiftCardCodesElement, codes);
    }

    public async Task RemoveGiftCardCouponCodeAsync(Customer customer, string couponCode)
    {
        var codes = (await ParseAppliedGiftCardCouponCodesAsync(customer))
            .Where(code => !code.Equals(couponCode?.Trim(), StringComparison.InvariantCultureIgnoreCase))
            .ToList();
        await SaveCodesAsync(customer, NopCustomerDefaults.GiftCardCouponCodesAttribute, GiftCardCodesElement, codes);
    }

    public async Task RemoveCustomerRoleMappingAsync(Customer customer, CustomerRole role) =>
        await _roleMappingRepository.DeleteAsync(mapping => mapping.CustomerId == customer.Id && mapping.CustomerRoleId == role.Id);

    public async Task<CustomerRole> GetCustomerRoleByIdAsync(int customerRoleId) => await _customerRoleRepository.GetByIdAsync(customerRoleId);

    public async Task<CustomerRole> GetCustomerRoleBySystemNameAsync(string systemName) =>
        string.IsNullOrWhiteSpace(systemName) ? null : await _customerRoleRepository.Table.FirstOrDefaultAsync(role => role.SystemName == systemName);

    public async Task<int[]> GetCustomerRoleIdsAsync(Customer customer, bool showHidden = false) =>
        (await GetCustomerRolesAsync(customer, showHidden)).Select(role => role.Id).ToArray();

    public async Task<IList<CustomerRole>> GetCustomerRolesAsync(Customer customer, bool showHidden = false)
    {
        ArgumentNullException.ThrowIfNull(customer);

        var query = from role in _customerRoleRepository.Table
                    join mapping in _roleMappingRepository.Table on role.Id equals mapping.CustomerRoleId
                    where mapping.CustomerId == customer.Id && (showHidden || role.Active)
                    select role;
        return await query.ToListAsync();
    }

    public async Task<IList<CustomerRole>> GetAllCustomerRolesAsync(bool showHidden = false) =>
        await _customerRoleRepository.Table.Where(role => showHidden || role.Active).OrderBy(role => role.Name).ToListAsync();

    public async Task<bool> IsInCustomerRoleAsync(Customer customer, string customerRoleSystemName, bool onlyActiveCustomerRoles = true)
    {
        ArgumentNullException.ThrowIfNull(customer);

        var roles = await GetCustomerRolesAsync(customer, !onlyActiveCustomerRoles);
        return roles.Any(role => role.SystemName == customerRoleSystemName);
    }

    public Task<bool> IsAdminAsync(Customer customer, bool onlyActiveCustomerRoles = true) =>
        IsInCustomerRoleAsync(customer, NopCustomerDefaults.AdministratorsRoleName, onlyActiveCustomerRoles);

    public Task<bool> IsRegisteredAsync(Customer customer, bool onlyActiveCustomerRoles = true) =>
        IsInCustomerRoleAsync(customer, NopCustomerDefaults.RegisteredRoleName, onlyActiveCustomerRoles);

    public Task<bool> IsGuestAsync(Customer customer, bool onlyActiveCustomerRoles = true) =>
        IsInCustomerRoleAsync(customer, NopCustomerDefaults.GuestsRoleName, onlyActiveCustomerRoles);

    public Task<bool> IsVendorAsync(Customer customer, bool onlyActiveCustomerRoles = true) =>
        IsInCustomerRoleAsync(customer, NopCustomerDefaults.VendorsRoleName, onlyActiveCustomerRoles);

    public async Task<IList<Address>> GetAddressesByCustomerIdAsync(int customerId)
    {
        var customer = await GetCustomerByIdAsync(customerId);
        var ids = new[] { customer?.BillingAddressId, customer?.ShippingAddressId }.Where(id => id.HasValue).Select(id => id.Value).Distinct().ToList();
        return await _addressRepository.Table.Where(address => ids.Contains(address.Id)).ToListAsync();
    }

    public async Task<Address> GetCustomerAddressAsync(int customerId, int addressId) =>
        (await GetAddressesByCustomerIdAsync(customerId)).FirstOrDefault(address => address.Id == addressId);

    public async Task<Address> GetCustomerBillingAddressAsync(Customer customer) =>
        customer?.BillingAddressId is int id ? await _addressRepository.GetByIdAsync(id) : null;

    public async Task<Address> GetCustomerShippingAddressAsync(Customer customer) =>
        customer?.ShippingAddressId is int id ? await _addressRepository.GetByIdAsync(id) : null;

    private async Task<Customer> GetOrCreateSystemAccountAsync(string systemName)
    {
        var customer = await GetCustomerBySystemNameAsync(systemName);
        if (customer != null)
            return customer;

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        customer = new Customer
        {
            Email = $"builtin@{systemName.ToLowerInvariant()}.record",
            AdminComment = $"Built-in system record used for {systemName}.",
            Active = true,
            IsSystemAccount = true,
            SystemName = systemName,
            CreatedOnUtc = now,
            LastActivityDateUtc = now
        };
        await _customerRepository.InsertAsync(customer);

        var guestRole = await GetCustomerRoleBySystemNameAsync(NopCustomerDefaults.GuestsRoleName);
        if (guestRole != null)
            await _roleMappingRepository.InsertAsync(new SandboxCustomerRoleMapping { CustomerId = customer.Id, CustomerRoleId = guestRole.Id });

        return customer;
    }

    private async Task<string[]> ParseCodesAsync(Customer customer, string attributeKey)
    {
        ArgumentNullException.ThrowIfNull(customer);

        var xml = await _genericAttributeService.GetAttributeAsync<string>(customer, attributeKey);
        if (string.IsNullOrWhiteSpace(xml))
            return [];

        return XDocument.Parse(xml).Root?.Elements(CouponCodeElement)
            .Select(element => element.Attribute(CodeAttribute)?.Value?.Trim())
            .Where(code => !string.IsNullOrEmpty(code))
            .ToArray() ?? [];
    }

    private async Task SaveCodesAsync(Customer customer, string attributeKey, string rootElement, IList<string> codes)
    {
        var value = codes.Count == 0
            ? null
            : new XElement(rootElement, codes.Select(code => new XElement(CouponCodeElement, new XAttribute(CodeAttribute, code)))).ToString(SaveOptions.DisableFormatting);

        await _genericAttributeService.SaveAttributeAsync(customer, attributeKey, value);
    }
}
