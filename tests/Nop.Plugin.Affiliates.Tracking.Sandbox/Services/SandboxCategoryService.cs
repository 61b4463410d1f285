using Nop.Core.Domain.Catalog;
using Nop.Services.Catalog;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Test double of nopCommerce's ICategoryService. The sandbox catalog has a few fixed categories (see
/// <see cref="Categories"/>) that no product belongs to; a deleted one exists so "deleted counts as missing" can be tested.
/// </summary>
public class SandboxCategoryService : ICategoryService
{
    public const int ApparelCategoryId = 1;

    public const int BooksCategoryId = 2;

    public const int DeletedCategoryId = 3;

    public static IReadOnlyList<Category> Categories { get; } =
    [
        new Category { Id = ApparelCategoryId, Name = "Apparel", Published = true },
        new Category { Id = BooksCategoryId, Name = "Books", Published = true },
        new Category { Id = DeletedCategoryId, Name = "Old stock", Deleted = true }
    ];

    public Task<IDictionary<int, int[]>> GetProductCategoryIdsAsync(int[] productIds) =>
        Task.FromResult<IDictionary<int, int[]>>(new Dictionary<int, int[]>());

    // Like nopCommerce's (a repository GetByIdAsync with includeDeleted), a deleted category is returned with Deleted set.
    public Task<Category> GetCategoryByIdAsync(int categoryId) =>
        Task.FromResult(Categories.FirstOrDefault(category => category.Id == categoryId));
}
