using Nop.Core.Domain.Stores;

namespace Nop.Core;

public partial interface IStoreContext
{
    Task<Store> GetCurrentStoreAsync();
    Store GetCurrentStore();
    Task<int> GetActiveStoreScopeConfigurationAsync();
}
