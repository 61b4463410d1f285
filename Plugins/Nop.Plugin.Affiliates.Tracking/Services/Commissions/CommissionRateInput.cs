using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Services.Commissions;

/// <summary>
/// An override as the admin enters it: the whole order (CategoryId null) or one category, a type and one value
/// (a percentage or an amount, depending on the type).
/// </summary>
public sealed record CommissionRateInput(int AffiliateId, int? CategoryId, int CommissionTypeId, decimal Value);
