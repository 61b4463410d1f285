using Nop.Services.Catalog;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Test double of nopCommerce's ICategoryService. The sandbox catalog has no categories, so no product has any.
/// </summary>
public class SandboxCategoryService : ICategoryService
{
    public Task<IDictionary<int, int[]>> GetProductCategoryIdsAsync(int[] productIds) =>
        Task.FromResult<IDictionary<int, int[]>>(new Dictionary<int, int[]>());
}
