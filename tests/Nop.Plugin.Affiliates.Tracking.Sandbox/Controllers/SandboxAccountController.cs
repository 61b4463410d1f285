using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Models;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Controllers;

/// <summary>
/// Demo logins at /sandbox/login and /sandbox/logout (nopCommerce's are /login and /logout). The POSTs take plain form
/// fields and skip antiforgery so scripts can sign in with curl.
/// </summary>
public class SandboxAccountController : SandboxPublicController
{
    private readonly SandboxSignInService _signInService;

    public SandboxAccountController(SandboxSignInService signInService)
    {
        _signInService = signInService;
    }

    public IActionResult Login(string returnUrl) => View(new SandboxLoginModel { ReturnUrl = returnUrl });

    [HttpPost]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> Login(SandboxLoginModel model)
    {
        var customer = await _signInService.SignInAsync(model.Email?.Trim(), model.Password);
        if (customer == null)
        {
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return View(new SandboxLoginModel { Email = model.Email, ReturnUrl = model.ReturnUrl, Error = "Wrong e-mail or password." });
        }

        return Url.IsLocalUrl(model.ReturnUrl) ? LocalRedirect(model.ReturnUrl) : RedirectToRoute("Homepage");
    }

    [HttpGet]
    [HttpPost]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> Logout()
    {
        await _signInService.SignOutAsync();
        return RedirectToRoute("Homepage");
    }
}
