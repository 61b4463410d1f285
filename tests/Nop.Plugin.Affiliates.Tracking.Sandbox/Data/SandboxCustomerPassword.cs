using Nop.Core;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Data;

/// <summary>
/// A demo login's password hash. Sandbox-only: stands in for nopCommerce's CustomerPassword.
/// </summary>
public class SandboxCustomerPassword : BaseEntity
{
    public int CustomerId { get; set; }

    public string PasswordHash { get; set; }

    public string PasswordSalt { get; set; }

    public DateTime CreatedOnUtc { get; set; }
}
