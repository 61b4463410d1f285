using Nop.Core.Domain.Common;
using Nop.Data;
using Nop.Services.Common;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Sandbox double of nopCommerce's AddressService, for what the plugin uses: the affiliate's address (its e-mail) and the address a new affiliate gets.
/// </summary>
public class SandboxAddressService : IAddressService
{
    private readonly IRepository<Address> _addressRepository;

    public SandboxAddressService(IRepository<Address> addressRepository)
    {
        _addressRepository = addressRepository;
    }

    public async Task<Address> GetAddressByIdAsync(int addressId) => await _addressRepository.GetByIdAsync(addressId);

    public async Task InsertAddressAsync(Address address)
    {
        ArgumentNullException.ThrowIfNull(address);

        await _addressRepository.InsertAsync(address);
    }
}
