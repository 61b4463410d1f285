using Nop.Core.Domain.Configuration;
using Nop.Core.Domain.Discounts;

namespace Nop.Plugin.Affiliates.Tracking.Services.Coupons;

/// <summary>
/// What generated discounts take from their template, read once per batch or sync instead of once per discount.
/// </summary>
public sealed record DiscountTemplateSnapshot(
    Discount Template,
    IReadOnlyList<int> ProductIds,
    IReadOnlyList<int> CategoryIds,
    IReadOnlyList<int> ManufacturerIds,
    IReadOnlyList<DiscountRequirement> Requirements,
    IReadOnlyList<Setting> RequirementSettings);
