using Nop.Core;
using Nop.Core.Domain.Stores;
using Nop.Data;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Sandbox double of nopCommerce's WebStoreContext: a single store (id 1); the admin store scope is always 0 ("all stores").
/// </summary>
public class SandboxStoreContext : IStoreContext
{
    public const int StoreId = 1;

    private readonly IRepository<Store> _storeRepository;
    private Store _cachedStore;

    public SandboxStoreContext(IRepository<Store> storeRepository)
    {
        _storeRepository = storeRepository;
    }

    public async Task<Store> GetCurrentStoreAsync()
    {
        _cachedStore ??= await _storeRepository.GetByIdAsync(StoreId) ?? throw new InvalidOperationException("The sandbox store (id 1) is not seeded.");
        return _cachedStore;
    }

    public Store GetCurrentStore()
    {
        _cachedStore ??= _storeRepository.GetById(StoreId) ?? throw new InvalidOperationException("The sandbox store (id 1) is not seeded.");
        return _cachedStore;
    }

    public Task<int> GetActiveStoreScopeConfigurationAsync() => Task.FromResult(0);
}
