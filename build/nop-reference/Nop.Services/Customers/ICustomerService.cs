using Nop.Core;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Tax;

namespace Nop.Services.Customers;

// The plugin only calls this service, so the surface declares the members it needs
// (upstream has more: shopping-cart, password and fork lookups).
// apicheck:allow incomplete-interface
public partial interface ICustomerService
{
    Task<IPagedList<Customer>> GetAllCustomersAsync(DateTime? createdFromUtc = null, DateTime? createdToUtc = null,
        DateTime? lastActivityFromUtc = null, DateTime? lastActivityToUtc = null,
        int affiliateId = 0, int vendorId = 0, int[] customerRoleIds = null,
        string email = null, string username = null, string firstName = null, string lastName = null,
        int dayOfBirth = 0, int monthOfBirth = 0,
        string company = null, string phone = null, string zipPostalCode = null, string ipAddress = null,
        bool? isActive = null, int pageIndex = 0, int pageSize = int.MaxValue, bool getOnlyTotalCount = false,
        int? erpCustomerId = null, int[]? accountManagerIds = null);
    Task DeleteCustomerAsync(Customer customer);
    Task<Customer> GetOrCreateBackgroundTaskUserAsync();
    Task<Customer> GetOrCreateSearchEngineUserAsync();
    Task<Customer> GetCustomerByIdAsync(int customerId);
    Task<IList<Customer>> GetCustomersByIdsAsync(int[] customerIds);
    Task<IList<Customer>> GetCustomersByGuidsAsync(Guid[] customerGuids);
    Task<Customer> GetCustomerByGuidAsync(Guid customerGuid);
    Task<Customer> GetCustomerByEmailAsync(string email);
    Task<Customer> GetCustomerBySystemNameAsync(string systemName);
    Task<Customer> GetCustomerByUsernameAsync(string username);
    Task<Customer> InsertGuestCustomerAsync();
    Task InsertCustomerAsync(Customer customer);
    Task UpdateCustomerAsync(Customer customer);
    Task ResetCheckoutDataAsync(Customer customer, int storeId,
        bool clearCouponCodes = false, bool clearCheckoutAttributes = false,
        bool clearRewardPoints = true, bool clearShippingMethod = true,
        bool clearPaymentMethod = true);
    Task<int> DeleteGuestCustomersAsync(DateTime? createdFromUtc, DateTime? createdToUtc, bool onlyWithoutShoppingCart);
    Task<TaxDisplayType> GetCustomerTaxDisplayTypeAsync(Customer customer);
    Task<string> GetCustomerFullNameAsync(Customer customer);
    Task<string> FormatUsernameAsync(Customer customer, bool stripTooLong = false, int maxLength = 0);
    Task<string[]> ParseAppliedDiscountCouponCodesAsync(Customer customer);
    Task ApplyDiscountCouponCodeAsync(Customer customer, string couponCode);
    Task RemoveDiscountCouponCodeAsync(Customer customer, string couponCode);
    Task<string[]> ParseAppliedGiftCardCouponCodesAsync(Customer customer);
    Task ApplyGiftCardCouponCodeAsync(Customer customer, string couponCode);
    Task RemoveGiftCardCouponCodeAsync(Customer customer, string couponCode);

    Task RemoveCustomerRoleMappingAsync(Customer customer, CustomerRole role);
    Task<CustomerRole> GetCustomerRoleByIdAsync(int customerRoleId);
    Task<CustomerRole> GetCustomerRoleBySystemNameAsync(string systemName);
    Task<int[]> GetCustomerRoleIdsAsync(Customer customer, bool showHidden = false);
    Task<IList<CustomerRole>> GetCustomerRolesAsync(Customer customer, bool showHidden = false);
    Task<IList<CustomerRole>> GetAllCustomerRolesAsync(bool showHidden = false);
    Task<bool> IsInCustomerRoleAsync(Customer customer, string customerRoleSystemName, bool onlyActiveCustomerRoles = true);
    Task<bool> IsAdminAsync(Customer customer, bool onlyActiveCustomerRoles = true);
    Task<bool> IsRegisteredAsync(Customer customer, bool onlyActiveCustomerRoles = true);
    Task<bool> IsGuestAsync(Customer customer, bool onlyActiveCustomerRoles = true);
    Task<bool> IsVendorAsync(Customer customer, bool onlyActiveCustomerRoles = true);

    Task<IList<Address>> GetAddressesByCustomerIdAsync(int customerId);
    Task<Address> GetCustomerAddressAsync(int customerId, int addressId);
    Task<Address> GetCustomerBillingAddressAsync(Customer customer);
    Task<Address> GetCustomerShippingAddressAsync(Customer customer);
}
