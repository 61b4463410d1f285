using Nop.Core.Domain.Common;
using Nop.Data;
using Nop.Services.Common;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Sandbox double of nopCommerce's AddressService, for what the plugin reads (the affiliate's address e-mail).
/// </summary>
public class SandboxAddressService : IAddressService
{
    private readonly IRepository<Address> _addressRepository;

    public SandboxAddressService(IRepository<Address> addressRepository)
    {
        _addressRepository = addressRepository;
    }

    public async Task<Address> GetAddressByIdAsync(int addressId) => await _addressRepository.GetByIdAsync(addressId);
}
