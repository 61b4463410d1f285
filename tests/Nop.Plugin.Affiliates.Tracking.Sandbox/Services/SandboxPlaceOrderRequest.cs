using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Payments;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// What to order. Coupon codes are the ones the customer has applied (ICustomerService), as in nopCommerce.
/// </summary>
public sealed class SandboxPlaceOrderRequest
{
    public Customer Customer { get; init; }

    public IReadOnlyList<SandboxCartLine> Lines { get; init; } = [];

    /// <summary>
    /// The sandbox payment method's answer: Pending (pay later, e.g. check/money order), Authorized, or Paid (captured at once).
    /// </summary>
    public PaymentStatus PaymentStatus { get; init; } = PaymentStatus.Pending;

    /// <summary>
    /// Remove the lines' cart items once they are order items (checkout); API orders leave the cart alone.
    /// </summary>
    public bool MoveCartItems { get; init; }
}
