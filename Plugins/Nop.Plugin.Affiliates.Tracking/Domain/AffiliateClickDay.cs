using Nop.Core;

namespace Nop.Plugin.Affiliates.Tracking.Domain;

/// <summary>
/// The clicks of one affiliate on one closed UTC day (AffiliateId 0: every affiliate together, and the mark that the
/// day is rolled up), so a dashboard sums a few hundred rows instead of reading every click. Rows are only inserted: a
/// closed day's clicks no longer change, so two nodes rolling up the same day write equal rows and readers take one.
/// </summary>
public class AffiliateClickDay : BaseEntity
{
    public int AffiliateId { get; set; }

    /// <summary>
    /// Midnight UTC of the day.
    /// </summary>
    public DateTime Day { get; set; }

    public int Clicks { get; set; }
}
