using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Services.Affiliates;
using Nop.Services.Common;
using Nop.Services.Customers;

namespace Nop.Plugin.Affiliates.Tracking.Services.Commissions;

public class SelfReferralService : ISelfReferralService
{
    private readonly IAddressService _addressService;
    private readonly IAffiliateService _affiliateService;
    private readonly ICustomerService _customerService;

    public SelfReferralService(IAddressService addressService, IAffiliateService affiliateService, ICustomerService customerService)
    {
        _addressService = addressService;
        _affiliateService = affiliateService;
        _customerService = customerService;
    }

    /// <inheritdoc />
    public async Task<bool> IsOwnOrderAsync(int affiliateId, int customerId)
    {
        var affiliate = await _affiliateService.GetAffiliateByIdAsync(affiliateId);
        var customer = await _customerService.GetCustomerByIdAsync(customerId);
        if (affiliate is null || customer is null)
            return false;

        var address = await _addressService.GetAddressByIdAsync(affiliate.AddressId);

        return SelfReferralRule.IsSelfReferral(address?.Email, customer.Email);
    }
}
