using Nop.Core.Domain.Orders;
using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Services.Commissions;

public interface ICommissionCalculationService
{
    /// <summary>
    /// The commission an order earns an affiliate under the program rate of the order's store, the affiliate's
    /// override and any category overrides.
    /// </summary>
    Task<CommissionCalculation> CalculateAsync(Order order, int affiliateId);
}
