using Nop.Services.Plugins;

namespace Nop.Services.Discounts;

public partial interface IDiscountRequirementRule : IPlugin
{
    Task<DiscountRequirementValidationResult> CheckRequirementAsync(DiscountRequirementValidationRequest request);
    string GetConfigurationUrl(int discountId, int? discountRequirementId);
}
