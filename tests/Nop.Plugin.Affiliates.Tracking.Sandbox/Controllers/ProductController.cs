using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Controllers;

public class ProductController : SandboxPublicController
{
    private readonly SandboxCartService _cartService;

    public ProductController(SandboxCartService cartService)
    {
        _cartService = cartService;
    }

    public async Task<IActionResult> Details(int productId)
    {
        var product = await _cartService.GetPublishedProductAsync(productId);
        return product == null ? NotFound() : View(product);
    }
}
