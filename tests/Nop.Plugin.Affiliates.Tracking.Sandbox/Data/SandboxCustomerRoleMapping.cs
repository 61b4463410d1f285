using Nop.Core;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Data;

/// <summary>
/// Customer ↔ role link. Sandbox-only: stands in for nopCommerce's CustomerCustomerRoleMapping.
/// </summary>
public class SandboxCustomerRoleMapping : BaseEntity
{
    public int CustomerId { get; set; }

    public int CustomerRoleId { get; set; }
}
