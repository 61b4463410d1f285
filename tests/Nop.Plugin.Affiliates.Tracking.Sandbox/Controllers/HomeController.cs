using Microsoft.AspNetCore.Mvc;
using Nop.Core.Domain.Catalog;
using Nop.Data;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Controllers;

public class HomeController : SandboxPublicController
{
    private readonly IRepository<Product> _productRepository;

    public HomeController(IRepository<Product> productRepository)
    {
        _productRepository = productRepository;
    }

    public async Task<IActionResult> Index()
    {
        var products = await _productRepository.Table
            .Where(product => product.Published && !product.Deleted)
            .OrderBy(product => product.DisplayOrder).ThenBy(product => product.Id)
            .ToListAsync();

        return View(products);
    }
}
