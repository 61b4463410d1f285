using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Stores;
using Nop.Services.Common;
using Nop.Services.Stores;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Sandbox double of nopCommerce's WebStoreContext: the current store is the one whose hosts contain the request's Host
/// header, else the first store (id 1 after seeding); the admin store scope is the customer's
/// "AdminAreaStoreScopeConfiguration" attribute when there are two stores or more, else 0 ("all stores").
/// </summary>
public class SandboxStoreContext : IStoreContext
{
    /// <summary>
    /// The seeded store, the current one for requests on any host no other store claims.
    /// </summary>
    public const int StoreId = 1;

    private readonly IGenericAttributeService _genericAttributeService;
    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly IStoreService _storeService;
    // Lazy, as nopCommerce resolves the work context late: it is not needed to find the current store.
    private readonly Lazy<IWorkContext> _workContext;

    private Store _cachedStore;
    private int? _cachedActiveStoreScopeConfiguration;

    public SandboxStoreContext(IGenericAttributeService genericAttributeService,
        IHttpContextAccessor httpContextAccessor,
        IStoreService storeService,
        Lazy<IWorkContext> workContext)
    {
        _genericAttributeService = genericAttributeService;
        _httpContextAccessor = httpContextAccessor;
        _storeService = storeService;
        _workContext = workContext;
    }

    public async Task<Store> GetCurrentStoreAsync()
    {
        _cachedStore ??= Pick(await _storeService.GetAllStoresAsync());
        return _cachedStore;
    }

    public Store GetCurrentStore()
    {
        _cachedStore ??= Pick(_storeService.GetAllStores());
        return _cachedStore;
    }

    public async Task<int> GetActiveStoreScopeConfigurationAsync()
    {
        if (_cachedActiveStoreScopeConfiguration.HasValue)
            return _cachedActiveStoreScopeConfiguration.Value;

        var storeId = 0;
        if ((await _storeService.GetAllStoresAsync()).Count > 1)
        {
            var customer = await _workContext.Value.GetCurrentCustomerAsync();
            var chosen = await _genericAttributeService.GetAttributeAsync<int>(customer, NopCustomerDefaults.AdminAreaStoreScopeConfigurationAttribute);
            storeId = (await _storeService.GetStoreByIdAsync(chosen))?.Id ?? 0;
        }

        _cachedActiveStoreScopeConfiguration = storeId;
        return storeId;
    }

    private Store Pick(IList<Store> stores)
    {
        string host = _httpContextAccessor.HttpContext?.Request.Headers[HeaderNames.Host];
        return stores.FirstOrDefault(store => _storeService.ContainsHostValue(store, host)) ?? stores.FirstOrDefault()
            ?? throw new InvalidOperationException("The sandbox store is not seeded.");
    }
}
