using Nop.Web.Framework.Models;

namespace Nop.Plugin.Affiliates.Tracking.Models.Admin;

/// <summary>
/// Progress of a generation run; also the JSON the page's progress bar polls.
/// </summary>
public record CouponJobModel : BaseNopModel
{
    public int Id { get; set; }

    public int TemplateDiscountId { get; set; }

    public string TemplateName { get; set; }

    public string Status { get; set; }

    public bool Completed { get; set; }

    public int TotalCount { get; set; }

    public int ProcessedCount { get; set; }

    public int CreatedCount { get; set; }

    public int SkippedCount { get; set; }

    public int Percent { get; set; }

    public string CreatedOn { get; set; }

    /// <summary>
    /// The progress line shown under the bar, e.g. "250 of 760 affiliates, 248 codes created, 2 skipped".
    /// </summary>
    public string Summary { get; set; }
}
