using Nop.Core.Domain.Common;

namespace Nop.Services.Common;

// The plugin only calls this service, so the surface declares the members it needs.
// apicheck:allow incomplete-interface
public partial interface IAddressService
{
    Task<Address> GetAddressByIdAsync(int addressId);
    Task InsertAddressAsync(Address address);
}
