using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Models;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Controllers;

/// <summary>
/// Demo logins at /sandbox/login and /sandbox/logout, and sign-up at /sandbox/register (nopCommerce's are /login,
/// /logout and /register). The POSTs take plain form fields and skip antiforgery so scripts can sign in with curl.
/// </summary>
public class SandboxAccountController : SandboxPublicController
{
    private readonly SandboxRegistrationService _registrationService;
    private readonly SandboxSignInService _signInService;

    public SandboxAccountController(SandboxRegistrationService registrationService, SandboxSignInService signInService)
    {
        _registrationService = registrationService;
        _signInService = signInService;
    }

    public IActionResult Register(string returnUrl) => View(new SandboxRegisterModel { ReturnUrl = returnUrl });

    [HttpPost]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> Register(SandboxRegisterModel model)
    {
        var error = await _registrationService.RegisterAsync(model.Email, model.Password, model.FirstName, model.LastName);
        if (error != null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new SandboxRegisterModel { Email = model.Email, FirstName = model.FirstName, LastName = model.LastName, ReturnUrl = model.ReturnUrl, Error = error });
        }

        await _signInService.SignInAsync(model.Email.Trim(), model.Password);
        return Url.IsLocalUrl(model.ReturnUrl) ? LocalRedirect(model.ReturnUrl) : RedirectToRoute("Homepage");
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
