using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;

namespace Nop.Plugin.Affiliates.Tracking.Services.Members;

/// <summary>
/// Affiliate program membership: customers apply, administrators decide, and an approved member is linked to a
/// nopCommerce affiliate.
/// </summary>
public interface IAffiliateMemberService
{
    Task<AffiliateMember> GetMemberByIdAsync(int memberId);

    Task<AffiliateMember> GetMemberByCustomerIdAsync(int customerId);

    /// <summary>
    /// The member linked to this nopCommerce affiliate, or null (0 never matches).
    /// </summary>
    Task<AffiliateMember> GetMemberByAffiliateIdAsync(int affiliateId);

    /// <summary>
    /// Members, newest application first; <paramref name="keywords"/> matches the customer's e-mail, first or last name.
    /// </summary>
    Task<IPagedList<AffiliateMember>> SearchMembersAsync(string keywords = null, MemberStatus? status = null, int pageIndex = 0, int pageSize = int.MaxValue);

    /// <summary>
    /// A registered customer applies; approved at once when the AutoApproveApplications setting is on. Sends the
    /// "application received" (and "approved") e-mails the settings ask for.
    /// </summary>
    Task<MemberResult> ApplyAsync(Customer customer, MemberApplication application);

    /// <summary>
    /// Approves an application: links <paramref name="existingAffiliateId"/> when given, else creates a nopCommerce
    /// affiliate with an address made from the customer.
    /// </summary>
    Task<MemberResult> ApproveAsync(int memberId, int existingAffiliateId = 0, string adminNote = null);

    Task<MemberResult> RejectAsync(int memberId, string adminNote = null);

    /// <summary>
    /// Suspends an affiliate and deactivates their nopCommerce affiliate, so core stops crediting them too.
    /// </summary>
    Task<MemberResult> SuspendAsync(int memberId, string adminNote = null);

    Task<MemberResult> ReinstateAsync(int memberId, string adminNote = null);

    Task<MemberResult> SetPayoutEmailAsync(int memberId, string payoutEmail);

    /// <summary>
    /// Whether a code or link of <paramref name="affiliateId"/> may credit an order of <paramref name="customerId"/>.
    /// </summary>
    Task<ReferralVerdict> CheckReferralAsync(int affiliateId, int customerId);
}
