using Nop.Core.Domain.Orders;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

public sealed record SandboxPlaceOrderResult(Order Order, IReadOnlyList<string> Errors)
{
    public bool Success => Order != null && Errors.Count == 0;
}
