using Nop.Core;
using Nop.Core.Domain.Affiliates;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Messages;
using Nop.Services.Affiliates;
using Nop.Services.Common;
using Nop.Services.Configuration;
using Nop.Services.Customers;

namespace Nop.Plugin.Affiliates.Tracking.Services.Members;

public class AffiliateMemberService : IAffiliateMemberService
{
    private readonly IAddressService _addressService;
    private readonly IAffiliateService _affiliateService;
    private readonly IAffiliateTrackingMessageService _messageService;
    private readonly ICustomerService _customerService;
    private readonly IRepository<AffiliateMember> _memberRepository;
    private readonly IRepository<Customer> _customerRepository;
    private readonly ISettingService _settingService;
    private readonly IStoreContext _storeContext;
    private readonly TimeProvider _timeProvider;

    public AffiliateMemberService(IAddressService addressService,
        IAffiliateService affiliateService,
        IAffiliateTrackingMessageService messageService,
        ICustomerService customerService,
        IRepository<AffiliateMember> memberRepository,
        IRepository<Customer> customerRepository,
        ISettingService settingService,
        IStoreContext storeContext,
        TimeProvider timeProvider)
    {
        _addressService = addressService;
        _affiliateService = affiliateService;
        _messageService = messageService;
        _customerService = customerService;
        _memberRepository = memberRepository;
        _customerRepository = customerRepository;
        _settingService = settingService;
        _storeContext = storeContext;
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    public async Task<AffiliateMember> GetMemberByIdAsync(int memberId) =>
        memberId > 0 ? await _memberRepository.GetByIdAsync(memberId) : null;

    /// <inheritdoc />
    public async Task<AffiliateMember> GetMemberByCustomerIdAsync(int customerId) =>
        customerId > 0 ? await _memberRepository.Table.FirstOrDefaultAsync(member => member.CustomerId == customerId) : null;

    /// <inheritdoc />
    public async Task<AffiliateMember> GetMemberByAffiliateIdAsync(int affiliateId) =>
        affiliateId > 0 ? await _memberRepository.Table.FirstOrDefaultAsync(member => member.AffiliateId == affiliateId) : null;

    /// <inheritdoc />
    public async Task<IPagedList<AffiliateMember>> SearchMembersAsync(string keywords = null, MemberStatus? status = null, int pageIndex = 0, int pageSize = int.MaxValue)
    {
        var term = keywords?.Trim().ToLowerInvariant();

        // Customers first, members second: two plain queries, with no join between the plugin's and core's tables.
        List<int> customerIds = null;
        if (!string.IsNullOrEmpty(term))
        {
            customerIds = await _customerRepository.Table
                .Where(customer => (customer.Email != null && customer.Email.ToLower().Contains(term))
                    || (customer.FirstName != null && customer.FirstName.ToLower().Contains(term))
                    || (customer.LastName != null && customer.LastName.ToLower().Contains(term)))
                .Select(customer => customer.Id)
                .ToListAsync();
        }

        return await _memberRepository.GetAllPagedAsync(query =>
        {
            if (status.HasValue)
                query = query.Where(member => member.StatusId == (int)status.Value);
            if (customerIds is not null)
                query = query.Where(member => customerIds.Contains(member.CustomerId));

            return query.OrderByDescending(member => member.AppliedOnUtc).ThenByDescending(member => member.Id);
        }, pageIndex, pageSize);
    }

    /// <inheritdoc />
    public async Task<MemberResult> ApplyAsync(Customer customer, MemberApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);

        if (customer is null || customer.Deleted || customer.IsSystemAccount || !await _customerService.IsRegisteredAsync(customer))
            return MemberResult.Failed(MemberError.NotRegistered);

        var errors = MemberApplicationRule.ValidateApplication(application.TermsAccepted, application.Message, application.PayoutEmail);
        if (errors.Count > 0)
            return MemberResult.Failed(errors);

        var existing = await GetMemberByCustomerIdAsync(customer.Id);
        if (!MemberTransitionRule.TryMove(existing?.Status, MemberAction.Apply, out var status))
            return MemberResult.Failed(MemberError.AlreadyMember);

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var member = new AffiliateMember
        {
            CustomerId = customer.Id,
            Status = status,
            ApplicationMessage = MemberApplicationRule.NormalizeText(application.Message),
            PayoutEmail = EmailAddressRule.Normalize(application.PayoutEmail),
            TermsAcceptedOnUtc = now,
            AppliedOnUtc = now
        };

        try
        {
            await _memberRepository.InsertAsync(member);
        }
        catch (Exception)
        {
            // A second submit that raced this one: the unique customer index kept exactly one membership.
            if (await GetMemberByCustomerIdAsync(customer.Id) is not null)
                return MemberResult.Failed(MemberError.AlreadyMember);

            throw;
        }

        await _messageService.SendApplicationReceivedAsync(member, customer);

        // The store the customer applies in decides (auto-approve is a per-store setting).
        var store = await _storeContext.GetCurrentStoreAsync();
        var settings = await _settingService.LoadSettingAsync<AffiliateTrackingSettings>(store?.Id ?? 0);
        return settings.AutoApproveApplications ? await ApproveAsync(member.Id) : MemberResult.Saved(member);
    }

    /// <inheritdoc />
    public async Task<MemberResult> ApproveAsync(int memberId, int existingAffiliateId = 0, string adminNote = null)
    {
        var (member, failure) = await PrepareDecisionAsync(memberId, MemberAction.Approve, adminNote);
        if (failure is not null)
            return failure;

        var customer = await _customerService.GetCustomerByIdAsync(member.CustomerId);
        Affiliate affiliate;
        if (existingAffiliateId > 0)
        {
            affiliate = await _affiliateService.GetAffiliateByIdAsync(existingAffiliateId);
            if (affiliate is null || affiliate.Deleted)
                return MemberResult.Failed(MemberError.AffiliateNotFound);

            var linked = await GetMemberByAffiliateIdAsync(affiliate.Id);
            if (linked is not null && linked.Id != member.Id)
                return MemberResult.Failed(MemberError.AffiliateLinkedToAnotherMember);

            if (!affiliate.Active)
            {
                affiliate.Active = true;
                await _affiliateService.UpdateAffiliateAsync(affiliate);
            }
        }
        else
        {
            affiliate = await CreateAffiliateAsync(customer);
        }

        member.AffiliateId = affiliate.Id;
        await SaveDecisionAsync(member, MemberStatus.Approved, adminNote);

        if (customer is not null)
            await _messageService.SendApplicationApprovedAsync(member, customer);

        return MemberResult.Saved(member);
    }

    /// <inheritdoc />
    public async Task<MemberResult> RejectAsync(int memberId, string adminNote = null)
    {
        var (member, failure) = await PrepareDecisionAsync(memberId, MemberAction.Reject, adminNote);
        if (failure is not null)
            return failure;

        await SaveDecisionAsync(member, MemberStatus.Rejected, adminNote);
        return MemberResult.Saved(member);
    }

    /// <inheritdoc />
    public async Task<MemberResult> SuspendAsync(int memberId, string adminNote = null)
    {
        var (member, failure) = await PrepareDecisionAsync(memberId, MemberAction.Suspend, adminNote);
        if (failure is not null)
            return failure;

        await SetAffiliateActiveAsync(member.AffiliateId, false);
        await SaveDecisionAsync(member, MemberStatus.Suspended, adminNote);
        return MemberResult.Saved(member);
    }

    /// <inheritdoc />
    public async Task<MemberResult> ReinstateAsync(int memberId, string adminNote = null)
    {
        var (member, failure) = await PrepareDecisionAsync(memberId, MemberAction.Reinstate, adminNote);
        if (failure is not null)
            return failure;

        var affiliate = await _affiliateService.GetAffiliateByIdAsync(member.AffiliateId);
        if (affiliate is null || affiliate.Deleted)
            return MemberResult.Failed(MemberError.AffiliateNotFound);

        await SetAffiliateActiveAsync(member.AffiliateId, true);
        await SaveDecisionAsync(member, MemberStatus.Approved, adminNote);
        return MemberResult.Saved(member);
    }

    /// <inheritdoc />
    public async Task<MemberResult> SetPayoutEmailAsync(int memberId, string payoutEmail)
    {
        var errors = MemberApplicationRule.ValidatePayoutEmail(payoutEmail);
        if (errors.Count > 0)
            return MemberResult.Failed(errors);

        var member = await GetMemberByIdAsync(memberId);
        if (member is null)
            return MemberResult.Failed(MemberError.MemberNotFound);
        if (!MemberTransitionRule.IsInGoodStanding(member.Status))
            return MemberResult.Failed(MemberError.TransitionNotAllowed);

        member.PayoutEmail = EmailAddressRule.Normalize(payoutEmail);
        await _memberRepository.UpdateAsync(member);
        return MemberResult.Saved(member);
    }

    /// <inheritdoc />
    public async Task<ReferralVerdict> CheckReferralAsync(int affiliateId, int customerId)
    {
        if (affiliateId <= 0)
            return ReferralVerdict.Allowed;

        var shopper = await GetMemberByCustomerIdAsync(customerId);
        var owner = await GetMemberByAffiliateIdAsync(affiliateId);

        return SelfReferralRule.Check(affiliateId, ToStanding(shopper), ToStanding(owner));
    }

    private static MemberStanding? ToStanding(AffiliateMember member) =>
        member is null ? null : new MemberStanding(member.AffiliateId, member.Status);

    private async Task<(AffiliateMember Member, MemberResult Failure)> PrepareDecisionAsync(int memberId, MemberAction action, string adminNote)
    {
        var noteErrors = MemberApplicationRule.ValidateAdminNote(adminNote);
        if (noteErrors.Count > 0)
            return (null, MemberResult.Failed(noteErrors));

        var member = await GetMemberByIdAsync(memberId);
        if (member is null)
            return (null, MemberResult.Failed(MemberError.MemberNotFound));

        return MemberTransitionRule.TryMove(member.Status, action, out _)
            ? (member, null)
            : (null, MemberResult.Failed(MemberError.TransitionNotAllowed));
    }

    private async Task SaveDecisionAsync(AffiliateMember member, MemberStatus status, string adminNote)
    {
        member.Status = status;
        member.DecidedOnUtc = _timeProvider.GetUtcNow().UtcDateTime;
        var note = MemberApplicationRule.NormalizeText(adminNote);
        if (note is not null)
            member.AdminNote = note;

        await _memberRepository.UpdateAsync(member);
    }

    private async Task SetAffiliateActiveAsync(int affiliateId, bool active)
    {
        var affiliate = await _affiliateService.GetAffiliateByIdAsync(affiliateId);
        if (affiliate is null || affiliate.Active == active)
            return;

        affiliate.Active = active;
        await _affiliateService.UpdateAffiliateAsync(affiliate);
    }

    // nopCommerce keeps an affiliate's contact data in an address; its e-mail is where core sends affiliate notifications.
    private async Task<Affiliate> CreateAffiliateAsync(Customer customer)
    {
        var address = new Address
        {
            FirstName = customer?.FirstName,
            LastName = customer?.LastName,
            Email = customer?.Email,
            Company = customer?.Company,
            PhoneNumber = customer?.Phone,
            City = customer?.City,
            County = customer?.County,
            Address1 = customer?.StreetAddress,
            Address2 = customer?.StreetAddress2,
            ZipPostalCode = customer?.ZipPostalCode,
            CountryId = customer?.CountryId > 0 ? customer.CountryId : null,
            StateProvinceId = customer?.StateProvinceId > 0 ? customer.StateProvinceId : null,
            CreatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime
        };
        await _addressService.InsertAddressAsync(address);

        var affiliate = new Affiliate { AddressId = address.Id, Active = true };
        affiliate.FriendlyUrlName = await _affiliateService.ValidateFriendlyUrlNameAsync(affiliate, FriendlyNameOf(customer));
        await _affiliateService.InsertAffiliateAsync(affiliate);

        return affiliate;
    }

    private static string FriendlyNameOf(Customer customer)
    {
        var name = $"{customer?.FirstName} {customer?.LastName}".Trim();
        if (string.IsNullOrEmpty(name))
            name = customer?.Email?.Split('@')[0] ?? string.Empty;

        return SlugRules.Suggest(name);
    }
}
