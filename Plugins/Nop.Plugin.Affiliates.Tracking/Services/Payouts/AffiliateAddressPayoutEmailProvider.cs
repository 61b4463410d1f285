using Nop.Services.Affiliates;
using Nop.Services.Common;

namespace Nop.Plugin.Affiliates.Tracking.Services.Payouts;

/// <summary>
/// Reads the e-mail of the nopCommerce affiliate's address.
/// </summary>
public class AffiliateAddressPayoutEmailProvider : IPayoutEmailProvider
{
    private readonly IAddressService _addressService;
    private readonly IAffiliateService _affiliateService;

    public AffiliateAddressPayoutEmailProvider(IAddressService addressService, IAffiliateService affiliateService)
    {
        _addressService = addressService;
        _affiliateService = affiliateService;
    }

    /// <inheritdoc />
    public async Task<string> GetPayoutEmailAsync(int affiliateId)
    {
        var affiliate = await _affiliateService.GetAffiliateByIdAsync(affiliateId);
        if (affiliate is null)
            return null;

        return (await _addressService.GetAddressByIdAsync(affiliate.AddressId))?.Email?.Trim();
    }
}
