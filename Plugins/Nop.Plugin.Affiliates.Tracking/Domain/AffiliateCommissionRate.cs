using Nop.Core;
using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Domain;

/// <summary>
/// A commission rate that replaces the program's: for one affiliate (AffiliateId &gt; 0) or all (0), for whole orders
/// (CategoryId null) or for items of one category. RateKey ("{affiliateId}:{categoryId}") is unique.
/// </summary>
public class AffiliateCommissionRate : BaseEntity
{
    public int AffiliateId { get; set; }

    public int? CategoryId { get; set; }

    public string RateKey { get; set; }

    public int CommissionTypeId { get; set; }

    public decimal Percentage { get; set; }

    public decimal Amount { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime UpdatedOnUtc { get; set; }

    public CommissionType CommissionType
    {
        get => (CommissionType)CommissionTypeId;
        set => CommissionTypeId = (int)value;
    }
}
