using Nop.Core;
using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Domain;

/// <summary>
/// One bulk run generating coupons from a template discount. It is processed in batches and remembers the last
/// affiliate handled, so a run interrupted by a restart or a timeout continues where it stopped.
/// </summary>
public class AffiliateCouponGenerationJob : BaseEntity
{
    public int TemplateDiscountId { get; set; }

    public int PatternId { get; set; }

    public string Prefix { get; set; }

    public int RandomLength { get; set; }

    public DateTime? StartDateUtc { get; set; }

    public DateTime? EndDateUtc { get; set; }

    /// <summary>
    /// Copied into each generated discount's admin comment.
    /// </summary>
    public string Note { get; set; }

    /// <summary>
    /// Comma-separated affiliate ids the run is limited to; empty for all active affiliates.
    /// </summary>
    public string AffiliateIds { get; set; }

    /// <summary>
    /// Codes the owner typed for the Typed pattern, as "affiliateId=CODE" pairs separated by commas.
    /// </summary>
    public string TypedCodes { get; set; }

    public int StatusId { get; set; }

    public int TotalCount { get; set; }

    public int ProcessedCount { get; set; }

    public int CreatedCount { get; set; }

    public int SkippedCount { get; set; }

    /// <summary>
    /// The resume cursor: affiliates with a greater id are still to be processed.
    /// </summary>
    public int LastAffiliateId { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime UpdatedOnUtc { get; set; }

    public CouponCodePattern Pattern
    {
        get => (CouponCodePattern)PatternId;
        set => PatternId = (int)value;
    }

    public CouponGenerationJobStatus Status
    {
        get => (CouponGenerationJobStatus)StatusId;
        set => StatusId = (int)value;
    }
}
