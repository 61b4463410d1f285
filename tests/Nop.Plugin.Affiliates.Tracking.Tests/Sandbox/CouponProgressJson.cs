namespace Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

/// <summary>
/// The JSON ProcessBatch answers (the plugin's CouponJobModel as nopCommerce serializes it, PascalCase).
/// </summary>
public sealed record CouponProgressJson(int Id, int TemplateDiscountId, string Status, bool Completed, int TotalCount, int ProcessedCount,
    int CreatedCount, int SkippedCount, int Percent, string Summary);
