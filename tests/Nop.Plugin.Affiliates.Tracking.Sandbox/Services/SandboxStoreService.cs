using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Services.Stores;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Sandbox double of nopCommerce's StoreService over the Store table: stores ordered by display order then id, hosts
/// as a comma-separated list compared case-insensitively.
/// </summary>
public class SandboxStoreService : IStoreService
{
    private readonly IRepository<Store> _storeRepository;

    public SandboxStoreService(IRepository<Store> storeRepository)
    {
        _storeRepository = storeRepository;
    }

    public async Task DeleteStoreAsync(Store store) => await _storeRepository.DeleteAsync(store);

    public async Task<IList<Store>> GetAllStoresAsync() =>
        await _storeRepository.Table.Where(store => !store.Deleted).OrderBy(store => store.DisplayOrder).ThenBy(store => store.Id).ToListAsync();

    public IList<Store> GetAllStores() =>
        _storeRepository.Table.Where(store => !store.Deleted).OrderBy(store => store.DisplayOrder).ThenBy(store => store.Id).ToList();

    public async Task<Store> GetStoreByIdAsync(int storeId) => storeId > 0 ? await _storeRepository.GetByIdAsync(storeId) : null;

    public async Task InsertStoreAsync(Store store) => await _storeRepository.InsertAsync(store);

    public async Task UpdateStoreAsync(Store store) => await _storeRepository.UpdateAsync(store);

    public void UpdateStore(Store store) => _storeRepository.Update(store);

    public bool ContainsHostValue(Store store, string host)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (string.IsNullOrEmpty(host))
            return false;

        return (store.Hosts ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(value => value.Equals(host, StringComparison.InvariantCultureIgnoreCase));
    }

    public async Task<string[]> GetNotExistingStoresAsync(string[] storeIdsNames)
    {
        ArgumentNullException.ThrowIfNull(storeIdsNames);
        var stores = await GetAllStoresAsync();
        return storeIdsNames.Where(idOrName => !stores.Any(store => store.Name == idOrName || store.Id.ToString() == idOrName)).ToArray();
    }
}
