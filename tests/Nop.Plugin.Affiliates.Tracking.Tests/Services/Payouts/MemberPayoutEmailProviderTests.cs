using Nop.Core.Domain.Affiliates;
using Nop.Core.Domain.Common;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Services;
using Nop.Plugin.Affiliates.Tracking.Services.Members;
using Nop.Plugin.Affiliates.Tracking.Services.Payouts;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.Services.Members;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Payouts;

[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class MemberPayoutEmailProviderTests : DatabaseFixture
{
    private MemberTestContext _context;
    private MemberPayoutEmailProvider _provider;

    public MemberPayoutEmailProviderTests(DatabaseEngine engine) : base(engine)
    {
    }

    [SetUp]
    public async Task SetUpAsync()
    {
        await Database.ClearAllTablesAsync();
        _context = new MemberTestContext(Database);
        var addressProvider = new AffiliateAddressPayoutEmailProvider(new SandboxAddressService(Database.CreateRepository<Address>()), _context.AffiliateService);
        _provider = new MemberPayoutEmailProvider(addressProvider, _context.Service);
    }

    [Test]
    public async Task GetPayoutEmailAsync_MemberChosePayoutEmail_ThatEmail()
    {
        var (_, member) = await _context.AddAffiliateMemberAsync("ann@example.com");
        Assert.That((await _context.Service.SetPayoutEmailAsync(member.Id, " Pay.Ann@Example.com ")).Success, Is.True);

        Assert.That(await _provider.GetPayoutEmailAsync(member.AffiliateId), Is.EqualTo("Pay.Ann@Example.com"));
    }

    [Test]
    public async Task GetPayoutEmailAsync_MemberWithoutPayoutEmail_AddressEmail()
    {
        var (_, member) = await _context.AddAffiliateMemberAsync("ann@example.com");

        Assert.That(member.PayoutEmail, Is.Null);
        Assert.That(await _provider.GetPayoutEmailAsync(member.AffiliateId), Is.EqualTo("ann@example.com"));
    }

    [Test]
    public async Task GetPayoutEmailAsync_BlankPayoutEmailStored_AddressEmail()
    {
        var (_, member) = await _context.AddAffiliateMemberAsync("ann@example.com");
        var repository = Database.CreateRepository<AffiliateMember>();
        var stored = await repository.GetByIdAsync(member.Id);
        stored.PayoutEmail = "   ";
        await repository.UpdateAsync(stored);

        Assert.That(await _provider.GetPayoutEmailAsync(member.AffiliateId), Is.EqualTo("ann@example.com"));
    }

    [Test]
    public async Task GetPayoutEmailAsync_AffiliateWithoutMember_AddressEmail()
    {
        var address = new Address { Email = " owner-made@example.com ", CreatedOnUtc = MemberTestContext.Now };
        await Database.CreateRepository<Address>().InsertAsync(address);
        var affiliate = new Affiliate { AddressId = address.Id, Active = true };
        await Database.CreateRepository<Affiliate>().InsertAsync(affiliate);

        Assert.That(await _provider.GetPayoutEmailAsync(affiliate.Id), Is.EqualTo("owner-made@example.com"));
    }

    [Test]
    public async Task GetPayoutEmailAsync_UnknownAffiliate_Null()
    {
        Assert.That(await _provider.GetPayoutEmailAsync(4242), Is.Null);
        Assert.That(await _provider.GetPayoutEmailAsync(0), Is.Null);
    }
}
