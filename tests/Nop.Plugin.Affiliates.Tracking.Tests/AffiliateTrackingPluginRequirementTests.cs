using Nop.Core.Domain.Affiliates;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Configuration;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Discounts;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Services.Members;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.Services.Coupons;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;
using Nop.Services.Discounts;

namespace Nop.Plugin.Affiliates.Tracking.Tests;

/// <summary>
/// The plugin as nopCommerce's discount requirement rule, against a real database.
/// </summary>
[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class AffiliateTrackingPluginRequirementTests : DatabaseFixture
{
    private Affiliate _affiliate;
    private AffiliateCoupon _coupon;
    private DiscountRequirement _requirement;

    public AffiliateTrackingPluginRequirementTests(DatabaseEngine engine) : base(engine)
    {
    }

    [SetUp]
    public async Task SetUpAsync()
    {
        await Database.ClearAllTablesAsync();
        _context = null;

        var address = new Address { FirstName = "Alice", Email = "alice@example.com" };
        await Database.CreateRepository<Address>().InsertAsync(address);
        _affiliate = new Affiliate { AddressId = address.Id, FriendlyUrlName = "alice", Active = true };
        await Database.CreateRepository<Affiliate>().InsertAsync(_affiliate);

        var discount = new Discount { Name = "Alice's code", RequiresCouponCode = true, CouponCode = "ALICE123", IsActive = true };
        await Database.CreateRepository<Discount>().InsertAsync(discount);
        _requirement = new DiscountRequirement { DiscountId = discount.Id, DiscountRequirementRuleSystemName = AffiliateTrackingDefaults.SystemName };
        await Database.CreateRepository<DiscountRequirement>().InsertAsync(_requirement);
        _coupon = new AffiliateCoupon
        {
            AffiliateId = _affiliate.Id, DiscountId = discount.Id, TemplateDiscountId = 99, CouponCode = "ALICE123",
            TemplateAffiliateKey = $"99:{_affiliate.Id}", Active = true, CreatedOnUtc = CouponTestContext.Now
        };
        await Database.CreateRepository<AffiliateCoupon>().InsertAsync(_coupon);
    }

    private CouponTestContext _context;

    private async Task<DiscountRequirementValidationResult> CheckAsync(Customer customer, int? requirementId = null)
    {
        _context ??= new CouponTestContext(Database, new List<Setting>());
        return await _context.Plugin.CheckRequirementAsync(new DiscountRequirementValidationRequest
        {
            DiscountRequirementId = requirementId ?? _requirement.Id,
            Customer = customer
        });
    }

    private Task<DiscountRequirementValidationResult> CheckAsync(string customerEmail, int? requirementId = null) =>
        CheckAsync(new Customer { Id = 5, Email = customerEmail }, requirementId);

    /// <summary>
    /// Makes the coupon's affiliate the nopCommerce affiliate of an approved program member with this e-mail.
    /// </summary>
    private async Task<(Customer Customer, AffiliateMember Member)> MakeAffiliateAMemberAsync(string email)
    {
        _context ??= new CouponTestContext(Database, new List<Setting>());
        var customer = await _context.Members.AddCustomerAsync(email, "Alice", "Doe");
        var applied = await _context.Members.Service.ApplyAsync(customer, new MemberApplication(true, null, null));
        var approved = await _context.Members.Service.ApproveAsync(applied.Member.Id, _affiliate.Id);
        return (customer, approved.Member);
    }

    [Test]
    public async Task CheckRequirementAsync_OtherShopper_IsValid()
    {
        var result = await CheckAsync("shopper@example.com");

        Assert.That(result.IsValid, Is.True);
    }

    [Test]
    public async Task CheckRequirementAsync_Guest_IsValid()
    {
        var result = await CheckAsync((Customer)null);

        Assert.That(result.IsValid, Is.True);
    }

    [Test]
    public async Task CheckRequirementAsync_MemberWhoOwnsTheCode_RefusedAsSelfReferral()
    {
        var (owner, _) = await MakeAffiliateAMemberAsync("alice@example.com");

        var result = await CheckAsync(owner);

        Assert.That(result.IsValid, Is.False);
        Assert.That(result.UserError, Is.EqualTo("You cannot use your own affiliate coupon code."));
    }

    [Test]
    public async Task CheckRequirementAsync_SameEmailButNotTheMember_IsValid()
    {
        // The old e-mail heuristic is gone: only the membership says who the affiliate is.
        await MakeAffiliateAMemberAsync("alice@example.com");

        var result = await CheckAsync(new Customer { Id = 987654, Email = "alice@example.com" });

        Assert.That(result.IsValid, Is.True);
    }

    [Test]
    public async Task CheckRequirementAsync_OtherMemberAffiliate_IsValid()
    {
        await MakeAffiliateAMemberAsync("alice@example.com");
        var (bob, _) = await _context.Members.AddAffiliateMemberAsync("bob@example.com", "Bob", "Stone");

        var result = await CheckAsync(bob);

        Assert.That(result.IsValid, Is.True);
    }

    [Test]
    public async Task CheckRequirementAsync_SuspendedMembersCode_RefusedEvenIfAffiliateReactivatedByHand()
    {
        var (_, member) = await MakeAffiliateAMemberAsync("alice@example.com");
        await _context.Members.Service.SuspendAsync(member.Id);
        _affiliate.Active = true;
        await Database.CreateRepository<Affiliate>().UpdateAsync(_affiliate);

        var result = await CheckAsync("shopper@example.com");

        Assert.That(result.IsValid, Is.False);
        Assert.That(result.UserError, Is.EqualTo("This coupon code is no longer valid."));
    }

    [TestCase(false, false)]
    [TestCase(true, true)]
    public async Task CheckRequirementAsync_SuspendedOrDeletedAffiliate_Refused(bool active, bool deleted)
    {
        _affiliate.Active = active;
        _affiliate.Deleted = deleted;
        await Database.CreateRepository<Affiliate>().UpdateAsync(_affiliate);

        var result = await CheckAsync("shopper@example.com");

        Assert.That(result.IsValid, Is.False);
        Assert.That(result.UserError, Is.EqualTo("This coupon code is no longer valid."));
    }

    [Test]
    public async Task CheckRequirementAsync_DeactivatedCoupon_Refused()
    {
        _coupon.Active = false;
        await Database.CreateRepository<AffiliateCoupon>().UpdateAsync(_coupon);

        var result = await CheckAsync("shopper@example.com");

        Assert.That(result.IsValid, Is.False);
        Assert.That(result.UserError, Is.EqualTo("This coupon code is no longer valid."));
    }

    [Test]
    public async Task CheckRequirementAsync_DiscountWithoutAffiliateCoupon_IsValid()
    {
        var discount = new Discount { Name = "Plain", RequiresCouponCode = true, CouponCode = "PLAIN", IsActive = true };
        await Database.CreateRepository<Discount>().InsertAsync(discount);
        var requirement = new DiscountRequirement { DiscountId = discount.Id, DiscountRequirementRuleSystemName = AffiliateTrackingDefaults.SystemName };
        await Database.CreateRepository<DiscountRequirement>().InsertAsync(requirement);

        var result = await CheckAsync("alice@example.com", requirement.Id);

        Assert.That(result.IsValid, Is.True);
    }
}
