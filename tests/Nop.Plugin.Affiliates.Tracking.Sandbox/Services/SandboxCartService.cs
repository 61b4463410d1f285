using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Data;
using Nop.Services.Customers;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// The sandbox's shopping cart (stands in for nopCommerce's ShoppingCartService): one cart per customer, published
/// products only, quantities merged per product.
/// </summary>
public class SandboxCartService
{
    public const int MaximumQuantity = 100;

    private readonly IRepository<SandboxCartItem> _cartItemRepository;
    private readonly ICustomerService _customerService;
    private readonly IRepository<Product> _productRepository;
    private readonly TimeProvider _timeProvider;

    public SandboxCartService(IRepository<SandboxCartItem> cartItemRepository,
        ICustomerService customerService,
        IRepository<Product> productRepository,
        TimeProvider timeProvider)
    {
        _cartItemRepository = cartItemRepository;
        _customerService = customerService;
        _productRepository = productRepository;
        _timeProvider = timeProvider;
    }

    public async Task<IReadOnlyList<SandboxCartLine>> GetCartAsync(Customer customer)
    {
        var items = await _cartItemRepository.Table.Where(item => item.CustomerId == customer.Id).OrderBy(item => item.Id).ToListAsync();
        var productIds = items.Select(item => item.ProductId).Distinct().ToList();
        var products = (await _productRepository.GetByIdsAsync(productIds)).ToDictionary(product => product.Id);

        return items.Where(item => products.ContainsKey(item.ProductId))
            .Select(item => new SandboxCartLine(products[item.ProductId], item.Quantity, item.Id))
            .ToList();
    }

    public async Task<Product> GetPublishedProductAsync(int productId)
    {
        var product = await _productRepository.GetByIdAsync(productId);
        return product is { Published: true, Deleted: false } ? product : null;
    }

    /// <returns>An error message, or null when the product was added.</returns>
    public async Task<string> AddToCartAsync(Customer customer, int productId, int quantity)
    {
        if (quantity is < 1 or > MaximumQuantity)
            return $"Quantity must be between 1 and {MaximumQuantity}.";

        if (await GetPublishedProductAsync(productId) == null)
            return $"Product {productId} does not exist.";

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var item = await _cartItemRepository.Table.FirstOrDefaultAsync(candidate => candidate.CustomerId == customer.Id && candidate.ProductId == productId);
        if (item != null)
        {
            item.Quantity = Math.Min(item.Quantity + quantity, MaximumQuantity);
            item.UpdatedOnUtc = now;
            await _cartItemRepository.UpdateAsync(item);
        }
        else
        {
            await _cartItemRepository.InsertAsync(new SandboxCartItem { CustomerId = customer.Id, ProductId = productId, Quantity = quantity, CreatedOnUtc = now, UpdatedOnUtc = now });
        }

        await SetHasShoppingCartItemsAsync(customer, true);
        return null;
    }

    public async Task RemoveAsync(Customer customer, int cartItemId)
    {
        await _cartItemRepository.DeleteAsync(item => item.Id == cartItemId && item.CustomerId == customer.Id);
        await SetHasShoppingCartItemsAsync(customer, await _cartItemRepository.Table.AnyAsync(item => item.CustomerId == customer.Id));
    }

    public async Task ClearAsync(Customer customer)
    {
        await _cartItemRepository.DeleteAsync(item => item.CustomerId == customer.Id);
        await SetHasShoppingCartItemsAsync(customer, false);
    }

    private async Task SetHasShoppingCartItemsAsync(Customer customer, bool value)
    {
        if (customer.HasShoppingCartItems == value)
            return;

        customer.HasShoppingCartItems = value;
        await _customerService.UpdateCustomerAsync(customer);
    }
}
