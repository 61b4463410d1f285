using Moq;
using Nop.Core.Domain.Affiliates;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Members;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Members;

[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class AffiliateMemberServiceTests : DatabaseFixture
{
    private MemberTestContext _context;

    public AffiliateMemberServiceTests(DatabaseEngine engine) : base(engine)
    {
    }

    private AffiliateMemberService Service => _context.Service;

    [SetUp]
    public async Task SetUpAsync()
    {
        await Database.ClearAllTablesAsync();
        _context = new MemberTestContext(Database);
    }

    private Task<List<AffiliateMember>> MembersAsync() => Database.CreateRepository<AffiliateMember>().Table.OrderBy(m => m.Id).ToListAsync();

    [Test]
    public async Task ApplyAsync_RegisteredCustomer_StoresOneApplication()
    {
        var customer = await _context.AddCustomerAsync("ann@example.com", "Ann", "Lee");

        var result = await Service.ApplyAsync(customer, new MemberApplication(true, "  My blog\r\nabout tea  ", " pay@example.com "));

        Assert.That(result.Success, Is.True);
        var member = (await MembersAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(member.CustomerId, Is.EqualTo(customer.Id));
            Assert.That(member.Status, Is.EqualTo(MemberStatus.Applied));
            Assert.That(member.AffiliateId, Is.Zero);
            Assert.That(member.ApplicationMessage, Is.EqualTo("My blog\nabout tea"));
            Assert.That(member.PayoutEmail, Is.EqualTo("pay@example.com"));
            Assert.That(member.AppliedOnUtc, Is.EqualTo(MemberTestContext.Now));
            Assert.That(member.TermsAcceptedOnUtc, Is.EqualTo(MemberTestContext.Now));
            Assert.That(member.DecidedOnUtc, Is.Null);
        });
        _context.Messages.Verify(m => m.SendApplicationReceivedAsync(It.Is<AffiliateMember>(x => x.Id == member.Id), customer), Times.Once);
        _context.Messages.Verify(m => m.SendApplicationApprovedAsync(It.IsAny<AffiliateMember>(), It.IsAny<Customer>()), Times.Never);
    }

    [Test]
    public async Task ApplyAsync_Guest_RefusedAndNothingStored()
    {
        var guest = await _context.AddCustomerAsync(null, registered: false);

        var result = await Service.ApplyAsync(guest, new MemberApplication(true, null, null));

        Assert.That(result.Errors, Is.EqualTo(new[] { MemberError.NotRegistered }));
        Assert.That(await MembersAsync(), Is.Empty);
        _context.Messages.Verify(m => m.SendApplicationReceivedAsync(It.IsAny<AffiliateMember>(), It.IsAny<Customer>()), Times.Never);
    }

    [Test]
    public async Task ApplyAsync_NullOrSystemAccount_Refused()
    {
        var system = await _context.AddCustomerAsync("task@example.com");
        system.IsSystemAccount = true;

        Assert.That((await Service.ApplyAsync(null, new MemberApplication(true, null, null))).Errors, Is.EqualTo(new[] { MemberError.NotRegistered }));
        Assert.That((await Service.ApplyAsync(system, new MemberApplication(true, null, null))).Errors, Is.EqualTo(new[] { MemberError.NotRegistered }));
        Assert.That(await MembersAsync(), Is.Empty);
    }

    [Test]
    public async Task ApplyAsync_TermsNotAcceptedAndBadInput_RefusedWithEveryError()
    {
        var customer = await _context.AddCustomerAsync("ann@example.com");

        var result = await Service.ApplyAsync(customer, new MemberApplication(false, new string('x', 1001), "not an email"));

        Assert.That(result.Errors, Is.EquivalentTo(new[] { MemberError.TermsNotAccepted, MemberError.MessageTooLong, MemberError.PayoutEmailMalformed }));
        Assert.That(result.ErrorResourceKeys.All(AffiliateTrackingLocales.Resources.ContainsKey), Is.True);
        Assert.That(await MembersAsync(), Is.Empty);
    }

    [Test]
    public async Task ApplyAsync_Twice_SecondRefusedAsAlreadyMember()
    {
        var customer = await _context.AddCustomerAsync("ann@example.com");
        await Service.ApplyAsync(customer, new MemberApplication(true, null, null));

        var second = await Service.ApplyAsync(customer, new MemberApplication(true, null, null));

        Assert.That(second.Errors, Is.EqualTo(new[] { MemberError.AlreadyMember }));
        Assert.That(await MembersAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ApplyAsync_AutoApproveOn_ApprovedWithNewAffiliate()
    {
        _context.Settings.AutoApproveApplications = true;
        var customer = await _context.AddCustomerAsync("ann@example.com", "Ann", "Lee");

        var result = await Service.ApplyAsync(customer, new MemberApplication(true, null, null));

        Assert.That(result.Success, Is.True);
        Assert.That(result.Member.Status, Is.EqualTo(MemberStatus.Approved));
        Assert.That(result.Member.AffiliateId, Is.GreaterThan(0));
        _context.Messages.Verify(m => m.SendApplicationReceivedAsync(It.IsAny<AffiliateMember>(), customer), Times.Once);
        _context.Messages.Verify(m => m.SendApplicationApprovedAsync(It.IsAny<AffiliateMember>(), It.Is<Customer>(c => c.Id == customer.Id)), Times.Once);
    }

    [Test]
    public async Task ApproveAsync_Application_CreatesActiveAffiliateWithAddressFromCustomer()
    {
        var customer = await _context.AddCustomerAsync("ann@example.com", "Ann", "Lee");
        customer.Company = "Tea Ltd";
        customer.Phone = "+44 1234";
        await Database.CreateRepository<Customer>().UpdateAsync(customer);
        var applied = await Service.ApplyAsync(customer, new MemberApplication(true, null, null));
        _context.Clock.Advance(TimeSpan.FromHours(2));

        var result = await Service.ApproveAsync(applied.Member.Id, adminNote: "Looks good");

        Assert.That(result.Success, Is.True);
        var member = (await MembersAsync()).Single();
        var affiliate = await Database.CreateRepository<Affiliate>().GetByIdAsync(member.AffiliateId);
        var address = await Database.CreateRepository<Address>().GetByIdAsync(affiliate.AddressId);
        Assert.Multiple(() =>
        {
            Assert.That(member.Status, Is.EqualTo(MemberStatus.Approved));
            Assert.That(member.DecidedOnUtc, Is.EqualTo(MemberTestContext.Now.AddHours(2)));
            Assert.That(member.AdminNote, Is.EqualTo("Looks good"));
            Assert.That(affiliate.Active, Is.True);
            Assert.That(affiliate.Deleted, Is.False);
            Assert.That(affiliate.FriendlyUrlName, Is.EqualTo("ann-lee"));
            Assert.That(address.FirstName, Is.EqualTo("Ann"));
            Assert.That(address.LastName, Is.EqualTo("Lee"));
            Assert.That(address.Email, Is.EqualTo("ann@example.com"));
            Assert.That(address.Company, Is.EqualTo("Tea Ltd"));
            Assert.That(address.PhoneNumber, Is.EqualTo("+44 1234"));
        });
    }

    [Test]
    public async Task ApproveAsync_SameNameTwice_FriendlyNamesStayUnique()
    {
        var (_, first) = await _context.AddAffiliateMemberAsync("a1@example.com");
        var (_, second) = await _context.AddAffiliateMemberAsync("a2@example.com");

        var names = new[] { first.AffiliateId, second.AffiliateId }
            .Select(id => Database.CreateRepository<Affiliate>().GetById(id).FriendlyUrlName).ToList();

        Assert.That(names, Is.EqualTo(new[] { "ann-lee", "ann-lee-2" }));
    }

    [Test]
    public async Task ApproveAsync_ExistingInactiveAffiliate_LinkedAndActivatedWithoutNewAffiliate()
    {
        var existing = new Affiliate { AddressId = 0, FriendlyUrlName = "old", Active = false };
        await Database.CreateRepository<Affiliate>().InsertAsync(existing);
        var customer = await _context.AddCustomerAsync("ann@example.com");
        var applied = await Service.ApplyAsync(customer, new MemberApplication(true, null, null));

        var result = await Service.ApproveAsync(applied.Member.Id, existing.Id);

        Assert.That(result.Success, Is.True);
        Assert.That(result.Member.AffiliateId, Is.EqualTo(existing.Id));
        Assert.That((await Database.CreateRepository<Affiliate>().GetByIdAsync(existing.Id)).Active, Is.True);
        Assert.That(Database.CreateRepository<Affiliate>().Table.Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task ApproveAsync_ExistingAffiliateOfAnotherMember_Refused()
    {
        var (_, other) = await _context.AddAffiliateMemberAsync("other@example.com");
        var customer = await _context.AddCustomerAsync("ann@example.com");
        var applied = await Service.ApplyAsync(customer, new MemberApplication(true, null, null));

        var result = await Service.ApproveAsync(applied.Member.Id, other.AffiliateId);

        Assert.That(result.Errors, Is.EqualTo(new[] { MemberError.AffiliateLinkedToAnotherMember }));
        Assert.That((await Service.GetMemberByIdAsync(applied.Member.Id)).Status, Is.EqualTo(MemberStatus.Applied));
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task ApproveAsync_MissingOrDeletedAffiliate_Refused(bool deleted)
    {
        var id = 999;
        if (deleted)
        {
            var affiliate = new Affiliate { FriendlyUrlName = "gone", Active = true, Deleted = true };
            await Database.CreateRepository<Affiliate>().InsertAsync(affiliate);
            id = affiliate.Id;
        }

        var customer = await _context.AddCustomerAsync("ann@example.com");
        var applied = await Service.ApplyAsync(customer, new MemberApplication(true, null, null));

        var result = await Service.ApproveAsync(applied.Member.Id, id);

        Assert.That(result.Errors, Is.EqualTo(new[] { MemberError.AffiliateNotFound }));
    }

    [Test]
    public async Task RejectAsync_Application_RejectedAndCanStillBeApprovedLater()
    {
        var customer = await _context.AddCustomerAsync("ann@example.com");
        var applied = await Service.ApplyAsync(customer, new MemberApplication(true, null, null));

        var rejected = await Service.RejectAsync(applied.Member.Id, "Spam site");

        Assert.That(rejected.Member.Status, Is.EqualTo(MemberStatus.Rejected));
        Assert.That(rejected.Member.AdminNote, Is.EqualTo("Spam site"));
        Assert.That(rejected.Member.AffiliateId, Is.Zero);
        Assert.That((await Service.ApplyAsync(customer, new MemberApplication(true, null, null))).Errors, Is.EqualTo(new[] { MemberError.AlreadyMember }));
        Assert.That((await Service.ApproveAsync(applied.Member.Id)).Member.Status, Is.EqualTo(MemberStatus.Approved));
    }

    [Test]
    public async Task SuspendAsync_Approved_SuspendsAndDeactivatesAffiliate_ReinstateReactivates()
    {
        var (_, member) = await _context.AddAffiliateMemberAsync("ann@example.com");

        var suspended = await Service.SuspendAsync(member.Id, "Brand bidding");

        Assert.That(suspended.Member.Status, Is.EqualTo(MemberStatus.Suspended));
        Assert.That((await Database.CreateRepository<Affiliate>().GetByIdAsync(member.AffiliateId)).Active, Is.False);

        var reinstated = await Service.ReinstateAsync(member.Id);

        Assert.That(reinstated.Member.Status, Is.EqualTo(MemberStatus.Approved));
        Assert.That(reinstated.Member.AdminNote, Is.EqualTo("Brand bidding"), "no new note keeps the old one");
        Assert.That((await Database.CreateRepository<Affiliate>().GetByIdAsync(member.AffiliateId)).Active, Is.True);
    }

    [Test]
    public async Task Decisions_NotAllowedFromStatus_RefusedAndUnchanged()
    {
        var customer = await _context.AddCustomerAsync("ann@example.com");
        var applied = (await Service.ApplyAsync(customer, new MemberApplication(true, null, null))).Member;

        Assert.That((await Service.SuspendAsync(applied.Id)).Errors, Is.EqualTo(new[] { MemberError.TransitionNotAllowed }));
        Assert.That((await Service.ReinstateAsync(applied.Id)).Errors, Is.EqualTo(new[] { MemberError.TransitionNotAllowed }));
        await Service.ApproveAsync(applied.Id);
        Assert.That((await Service.ApproveAsync(applied.Id)).Errors, Is.EqualTo(new[] { MemberError.TransitionNotAllowed }));
        Assert.That((await Service.RejectAsync(applied.Id)).Errors, Is.EqualTo(new[] { MemberError.TransitionNotAllowed }));
        Assert.That(Database.CreateRepository<Affiliate>().Table.Count(), Is.EqualTo(1), "a second approval creates no second affiliate");
        Assert.That((await Service.GetMemberByIdAsync(applied.Id)).Status, Is.EqualTo(MemberStatus.Approved));
    }

    [TestCase(0)]
    [TestCase(-3)]
    [TestCase(12345)]
    public async Task Decisions_UnknownMember_MemberNotFound(int memberId)
    {
        Assert.That((await Service.ApproveAsync(memberId)).Errors, Is.EqualTo(new[] { MemberError.MemberNotFound }));
        Assert.That((await Service.RejectAsync(memberId)).Errors, Is.EqualTo(new[] { MemberError.MemberNotFound }));
        Assert.That((await Service.SuspendAsync(memberId)).Errors, Is.EqualTo(new[] { MemberError.MemberNotFound }));
        Assert.That((await Service.ReinstateAsync(memberId)).Errors, Is.EqualTo(new[] { MemberError.MemberNotFound }));
    }

    [Test]
    public async Task Decisions_OverLongNote_RefusedBeforeAnyChange()
    {
        var customer = await _context.AddCustomerAsync("ann@example.com");
        var applied = (await Service.ApplyAsync(customer, new MemberApplication(true, null, null))).Member;

        var result = await Service.ApproveAsync(applied.Id, adminNote: new string('n', 1001));

        Assert.That(result.Errors, Is.EqualTo(new[] { MemberError.AdminNoteTooLong }));
        Assert.That((await Service.GetMemberByIdAsync(applied.Id)).Status, Is.EqualTo(MemberStatus.Applied));
        Assert.That(Database.CreateRepository<Affiliate>().Table.Count(), Is.Zero);
    }

    [Test]
    public async Task SetPayoutEmailAsync_ApprovedMember_SavedTrimmed_BadInputRefused()
    {
        var (_, member) = await _context.AddAffiliateMemberAsync("ann@example.com");

        Assert.That((await Service.SetPayoutEmailAsync(member.Id, " pay@example.com ")).Success, Is.True);
        Assert.That((await Service.SetPayoutEmailAsync(member.Id, "x@y")).Errors, Is.EqualTo(new[] { MemberError.PayoutEmailMalformed }));
        Assert.That((await Service.SetPayoutEmailAsync(member.Id, "")).Errors, Is.EqualTo(new[] { MemberError.PayoutEmailEmpty }));
        Assert.That((await Service.GetMemberByIdAsync(member.Id)).PayoutEmail, Is.EqualTo("pay@example.com"));
    }

    [Test]
    public async Task SetPayoutEmailAsync_SuspendedMember_Refused()
    {
        var (_, member) = await _context.AddAffiliateMemberAsync("ann@example.com");
        await Service.SuspendAsync(member.Id);

        Assert.That((await Service.SetPayoutEmailAsync(member.Id, "pay@example.com")).Errors, Is.EqualTo(new[] { MemberError.TransitionNotAllowed }));
    }

    [Test]
    public async Task GetMemberByAffiliateIdAsync_ZeroNeverMatchesApplicants()
    {
        var customer = await _context.AddCustomerAsync("ann@example.com");
        await Service.ApplyAsync(customer, new MemberApplication(true, null, null));

        Assert.That(await Service.GetMemberByAffiliateIdAsync(0), Is.Null);
        Assert.That(await Service.GetMemberByCustomerIdAsync(0), Is.Null);
        Assert.That((await Service.GetMemberByCustomerIdAsync(customer.Id)).CustomerId, Is.EqualTo(customer.Id));
    }

    [Test]
    public async Task SearchMembersAsync_ByNameEmailAndStatus_CaseInsensitive()
    {
        var (_, ann) = await _context.AddAffiliateMemberAsync("ann@example.com", "Ann", "Lee");
        var bob = await _context.AddCustomerAsync("bob@shop.test", "Bob", "Stone");
        await Service.ApplyAsync(bob, new MemberApplication(true, null, null));
        _context.Clock.Advance(TimeSpan.FromMinutes(1));
        var cid = await _context.AddCustomerAsync("cid@shop.test", "Cid", "Lee");
        await Service.ApplyAsync(cid, new MemberApplication(true, null, null));

        Assert.That((await Service.SearchMembersAsync()).Select(m => m.CustomerId).First(), Is.EqualTo(cid.Id), "newest first");
        Assert.That((await Service.SearchMembersAsync("LEE")).Count, Is.EqualTo(2));
        Assert.That((await Service.SearchMembersAsync("shop.TEST")).Count, Is.EqualTo(2));
        Assert.That((await Service.SearchMembersAsync("bob")).Single().CustomerId, Is.EqualTo(bob.Id));
        Assert.That((await Service.SearchMembersAsync(status: MemberStatus.Approved)).Single().Id, Is.EqualTo(ann.Id));
        Assert.That((await Service.SearchMembersAsync("lee", MemberStatus.Applied)).Single().CustomerId, Is.EqualTo(cid.Id));
        Assert.That(await Service.SearchMembersAsync("nobody"), Is.Empty);
        Assert.That((await Service.SearchMembersAsync(pageIndex: 1, pageSize: 2)).Count, Is.EqualTo(1));
    }

    [Test]
    public async Task CheckReferralAsync_FromMemberships()
    {
        var (annCustomer, ann) = await _context.AddAffiliateMemberAsync("ann@example.com");
        var (_, bob) = await _context.AddAffiliateMemberAsync("bob@example.com", "Bob", "Stone");
        var shopper = await _context.AddCustomerAsync("shopper@example.com");

        Assert.That(await Service.CheckReferralAsync(ann.AffiliateId, annCustomer.Id), Is.EqualTo(ReferralVerdict.SelfReferral));
        Assert.That(await Service.CheckReferralAsync(ann.AffiliateId, shopper.Id), Is.EqualTo(ReferralVerdict.Allowed));
        Assert.That(await Service.CheckReferralAsync(bob.AffiliateId, annCustomer.Id), Is.EqualTo(ReferralVerdict.Allowed));

        await Service.SuspendAsync(bob.Id);

        Assert.That(await Service.CheckReferralAsync(bob.AffiliateId, shopper.Id), Is.EqualTo(ReferralVerdict.OwnerNotInGoodStanding));
        Assert.That(await Service.CheckReferralAsync(0, annCustomer.Id), Is.EqualTo(ReferralVerdict.Allowed));
    }
}
