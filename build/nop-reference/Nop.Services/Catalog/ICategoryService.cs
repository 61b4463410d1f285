namespace Nop.Services.Catalog;

public partial interface ICategoryService
{
    Task<IDictionary<int, int[]>> GetProductCategoryIdsAsync(int[] productIds);
}
