namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Models;

public sealed class SandboxRegisterModel
{
    public string Email { get; set; }

    public string Password { get; set; }

    public string FirstName { get; set; }

    public string LastName { get; set; }

    public string ReturnUrl { get; set; }

    public string Error { get; set; }
}
