using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Data.Mapping;

/// <summary>
/// Indexes an entity builder cannot declare (FluentMigrator's column syntax indexes one column); the schema migration
/// creates them. Each serves a report query: an equality filter followed by the date the report sorts or ranges on, so
/// a first page or a period is one index range read backwards or forwards.
/// </summary>
public static class AffiliateTrackingIndexes
{
    // Reports: conversions report filters and dashboard periods
    public static IReadOnlyList<CompositeIndex> All { get; } =
    [
        // Status and amount after the range columns let a dashboard sum an affiliate's period from the index alone.
        new("IX_AffiliateTrackingCommission_Affiliate_Created_Status_Amount", typeof(AffiliateCommission),
            [nameof(AffiliateCommission.AffiliateId), nameof(AffiliateCommission.CreatedOnUtc), nameof(AffiliateCommission.StatusId), nameof(AffiliateCommission.Amount)]),
        new("IX_AffiliateTrackingCommission_CouponCode_CreatedOnUtc", typeof(AffiliateCommission),
            [nameof(AffiliateCommission.CouponCode), nameof(AffiliateCommission.CreatedOnUtc)]),
        new("IX_AffiliateTrackingCommission_StatusId_CreatedOnUtc", typeof(AffiliateCommission),
            [nameof(AffiliateCommission.StatusId), nameof(AffiliateCommission.CreatedOnUtc)]),
        new("IX_AffiliateTrackingCommission_SourceId_CreatedOnUtc", typeof(AffiliateCommission),
            [nameof(AffiliateCommission.SourceId), nameof(AffiliateCommission.CreatedOnUtc)]),
        new("IX_AffiliateTrackingCommission_CreatedOnUtc", typeof(AffiliateCommission),
            [nameof(AffiliateCommission.CreatedOnUtc)]),
        new("IX_AffiliateTrackingClick_AffiliateId_CreatedOnUtc", typeof(AffiliateClick),
            [nameof(AffiliateClick.AffiliateId), nameof(AffiliateClick.CreatedOnUtc)]),
        new("IX_AffiliateTrackingClick_CreatedOnUtc", typeof(AffiliateClick),
            [nameof(AffiliateClick.CreatedOnUtc)]),
        // Dashboard click roll-up: an affiliate's (or the program's, AffiliateId 0) days read from the index alone
        new("IX_AffiliateTrackingClickDay_AffiliateId_Day_Clicks", typeof(AffiliateClickDay),
            [nameof(AffiliateClickDay.AffiliateId), nameof(AffiliateClickDay.Day), nameof(AffiliateClickDay.Clicks)])
    ];

    public static IEnumerable<CompositeIndex> For(Type entityType) => All.Where(index => index.EntityType == entityType);
}
