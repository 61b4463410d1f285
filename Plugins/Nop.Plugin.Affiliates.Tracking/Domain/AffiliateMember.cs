using Nop.Core;
using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Domain;

/// <summary>
/// A customer's membership of the affiliate program: nopCommerce's Affiliate has no customer, so this row links the
/// two once the application is approved. One row per customer.
/// </summary>
public class AffiliateMember : BaseEntity
{
    public int CustomerId { get; set; }

    /// <summary>
    /// The nopCommerce affiliate; 0 until the application is approved.
    /// </summary>
    public int AffiliateId { get; set; }

    public int StatusId { get; set; }

    public string PayoutEmail { get; set; }

    /// <summary>
    /// What the applicant wrote about where they will promote the store.
    /// </summary>
    public string ApplicationMessage { get; set; }

    public DateTime? TermsAcceptedOnUtc { get; set; }

    public DateTime AppliedOnUtc { get; set; }

    /// <summary>
    /// When an administrator (or auto-approval) last approved, rejected, suspended or reinstated the member.
    /// </summary>
    public DateTime? DecidedOnUtc { get; set; }

    public string AdminNote { get; set; }

    public MemberStatus Status
    {
        get => (MemberStatus)StatusId;
        set => StatusId = (int)value;
    }
}
