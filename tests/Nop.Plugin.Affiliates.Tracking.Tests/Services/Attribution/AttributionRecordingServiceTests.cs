using Moq;
using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Attribution;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;
using Nop.Services.Customers;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Attribution;

[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class AttributionRecordingServiceTests : DatabaseFixture
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMilliseconds(1);
    private static readonly DateTime ClickedOnUtc = new(2026, 5, 1, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime SavedOnUtc = ClickedOnUtc.AddSeconds(2);

    private AttributionBuffer _buffer;
    private ManualTimeProvider _clock;
    private Mock<ICustomerService> _customerService;

    public AttributionRecordingServiceTests(DatabaseEngine engine) : base(engine)
    {
    }

    [SetUp]
    public async Task SetUpAsync()
    {
        await Database.ClearAllTablesAsync();
        _buffer = new AttributionBuffer();
        _clock = new ManualTimeProvider(SavedOnUtc);
        _customerService = new Mock<ICustomerService>();
    }

    private AttributionRecordingService CreateService() => new(_buffer, _customerService.Object,
        Database.CreateRepository<AffiliateAttribution>(), Database.CreateRepository<AffiliateClick>(), _clock);

    private Customer SetUpCustomer(int id, int affiliateId = 0, bool deleted = false, bool systemAccount = false)
    {
        var customer = new Customer { Id = id, AffiliateId = affiliateId, Deleted = deleted, IsSystemAccount = systemAccount };
        _customerService.Setup(s => s.GetCustomerByIdAsync(id)).ReturnsAsync(customer);
        return customer;
    }

    private static AffiliateClick NewClick(Guid visitorId, int affiliateId, int linkId = 5) => new()
    {
        AffiliateId = affiliateId,
        LinkId = linkId,
        VisitorId = visitorId,
        LandingUrl = "/go/summer-sale",
        ReferrerHost = "social.example",
        UtmSource = "newsletter",
        UtmMedium = "email",
        UtmCampaign = "summer",
        IpHash = new string('a', 64),
        UserAgentKind = UserAgentKind.Mobile,
        CreatedOnUtc = ClickedOnUtc
    };

    private static AttributionCapture ClickCapture(AttributionTicket ticket) =>
        new(CaptureKind.Click, ticket, NewClick(ticket.VisitorId, ticket.AffiliateId, ticket.LinkId));

    private Task<List<AffiliateAttribution>> AttributionsAsync() =>
        Database.CreateRepository<AffiliateAttribution>().Table.OrderBy(a => a.Id).ToListAsync();

    private Task<List<AffiliateClick>> ClicksAsync() =>
        Database.CreateRepository<AffiliateClick>().Table.OrderBy(c => c.Id).ToListAsync();

    [Test]
    public async Task SaveAsync_Click_InsertsClickRowWithEveryField()
    {
        var visitorId = Guid.NewGuid();
        var ticket = new AttributionTicket(visitorId, 7, 5, ClickedOnUtc);

        await CreateService().SaveAsync(new[] { ClickCapture(ticket) });

        var click = (await ClicksAsync()).Single();
        Assert.That(click.AffiliateId, Is.EqualTo(7));
        Assert.That(click.LinkId, Is.EqualTo(5));
        Assert.That(click.VisitorId, Is.EqualTo(visitorId));
        Assert.That(click.LandingUrl, Is.EqualTo("/go/summer-sale"));
        Assert.That(click.ReferrerHost, Is.EqualTo("social.example"));
        Assert.That(click.UtmSource, Is.EqualTo("newsletter"));
        Assert.That(click.UtmMedium, Is.EqualTo("email"));
        Assert.That(click.UtmCampaign, Is.EqualTo("summer"));
        Assert.That(click.IpHash, Is.EqualTo(new string('a', 64)));
        Assert.That(click.UserAgentKind, Is.EqualTo(UserAgentKind.Mobile));
        Assert.That(click.CreatedOnUtc, Is.EqualTo(ClickedOnUtc).Within(Tolerance));
    }

    [Test]
    public async Task SaveAsync_FirstClickOfVisitor_InsertsAttribution()
    {
        var visitorId = Guid.NewGuid();
        var ticket = new AttributionTicket(visitorId, 7, 5, ClickedOnUtc, CustomerId: 0);

        await CreateService().SaveAsync(new[] { ClickCapture(ticket) });

        var attribution = (await AttributionsAsync()).Single();
        Assert.That(attribution.VisitorId, Is.EqualTo(visitorId));
        Assert.That(attribution.AffiliateId, Is.EqualTo(7));
        Assert.That(attribution.LinkId, Is.EqualTo(5));
        Assert.That(attribution.CustomerId, Is.Zero);
        Assert.That(attribution.ClickedOnUtc, Is.EqualTo(ClickedOnUtc).Within(Tolerance));
        Assert.That(attribution.UpdatedOnUtc, Is.EqualTo(SavedOnUtc).Within(Tolerance));
        _customerService.VerifyNoOtherCalls();
    }

    [Test]
    public async Task SaveAsync_SecondClickOfSameVisitor_UpdatesSameRowAndKeepsCustomerId()
    {
        var visitorId = Guid.NewGuid();
        SetUpCustomer(42);
        await CreateService().SaveAsync(new[] { ClickCapture(new AttributionTicket(visitorId, 7, 5, ClickedOnUtc, CustomerId: 42)) });
        var firstId = (await AttributionsAsync()).Single().Id;

        _clock.Advance(TimeSpan.FromDays(2));
        var later = ClickedOnUtc.AddDays(2);
        await CreateService().SaveAsync(new[] { ClickCapture(new AttributionTicket(visitorId, 8, 6, later, CustomerId: 0)) });

        var attribution = (await AttributionsAsync()).Single();
        Assert.That(attribution.Id, Is.EqualTo(firstId));
        Assert.That(attribution.AffiliateId, Is.EqualTo(8));
        Assert.That(attribution.LinkId, Is.EqualTo(6));
        Assert.That(attribution.ClickedOnUtc, Is.EqualTo(later).Within(Tolerance));
        Assert.That(attribution.CustomerId, Is.EqualTo(42), "a ticket without a customer keeps the known one");
        Assert.That(attribution.UpdatedOnUtc, Is.EqualTo(SavedOnUtc.AddDays(2)).Within(Tolerance));
        Assert.That(await ClicksAsync(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task SaveAsync_OlderClickOfOtherAffiliateArrivesLate_DoesNotOverwriteNewerAttribution()
    {
        var visitorId = Guid.NewGuid();
        await CreateService().SaveAsync(new[] { ClickCapture(new AttributionTicket(visitorId, 8, 6, ClickedOnUtc.AddHours(1))) });

        await CreateService().SaveAsync(new[] { ClickCapture(new AttributionTicket(visitorId, 7, 5, ClickedOnUtc)) });

        var attribution = (await AttributionsAsync()).Single();
        Assert.That(attribution.AffiliateId, Is.EqualTo(8));
        Assert.That(attribution.ClickedOnUtc, Is.EqualTo(ClickedOnUtc.AddHours(1)).Within(Tolerance));
        Assert.That(await ClicksAsync(), Has.Count.EqualTo(2), "the late click is still counted");
    }

    [Test]
    public async Task SaveAsync_OlderClickOfOtherAffiliateArrivesLate_DoesNotSetCustomerToOlderAffiliate()
    {
        var visitorId = Guid.NewGuid();
        var customer = SetUpCustomer(42);
        await CreateService().SaveAsync(new[] { ClickCapture(new AttributionTicket(visitorId, 8, 6, ClickedOnUtc.AddHours(1), CustomerId: 42)) });
        Assert.That(customer.AffiliateId, Is.EqualTo(8));

        await CreateService().SaveAsync(new[] { ClickCapture(new AttributionTicket(visitorId, 7, 5, ClickedOnUtc, CustomerId: 42)) });

        Assert.That((await AttributionsAsync()).Single().AffiliateId, Is.EqualTo(8));
        Assert.That(customer.AffiliateId, Is.EqualTo(8), "the customer follows the attribution row, not the late click");
        _customerService.Verify(s => s.UpdateCustomerAsync(It.IsAny<Customer>()), Times.Once);
    }

    [Test]
    public async Task SaveAsync_ClickWithCustomer_SetsCustomerAffiliateOnce()
    {
        var customer = SetUpCustomer(42);

        await CreateService().SaveAsync(new[] { ClickCapture(new AttributionTicket(Guid.NewGuid(), 7, 5, ClickedOnUtc, CustomerId: 42)) });

        Assert.That(customer.AffiliateId, Is.EqualTo(7));
        _customerService.Verify(s => s.UpdateCustomerAsync(It.Is<Customer>(c => c.Id == 42 && c.AffiliateId == 7)), Times.Once);
        Assert.That((await AttributionsAsync()).Single().CustomerId, Is.EqualTo(42));
    }

    [Test]
    public async Task SaveAsync_LinkCustomer_MovesAttributionToCustomerAndSetsCustomerAffiliate()
    {
        var visitorId = Guid.NewGuid();
        await CreateService().SaveAsync(new[] { ClickCapture(new AttributionTicket(visitorId, 7, 5, ClickedOnUtc)) });
        var customer = SetUpCustomer(42);

        _clock.Advance(TimeSpan.FromHours(1));
        await CreateService().SaveAsync(new[] { new AttributionCapture(CaptureKind.LinkCustomer, new AttributionTicket(visitorId, 7, 5, ClickedOnUtc, CustomerId: 42)) });

        var attribution = (await AttributionsAsync()).Single();
        Assert.That(attribution.CustomerId, Is.EqualTo(42));
        Assert.That(attribution.AffiliateId, Is.EqualTo(7));
        Assert.That(attribution.ClickedOnUtc, Is.EqualTo(ClickedOnUtc).Within(Tolerance));
        Assert.That(attribution.UpdatedOnUtc, Is.EqualTo(SavedOnUtc.AddHours(1)).Within(Tolerance));
        Assert.That(customer.AffiliateId, Is.EqualTo(7));
        _customerService.Verify(s => s.UpdateCustomerAsync(It.Is<Customer>(c => c.Id == 42)), Times.Once);
        _customerService.Verify(s => s.UpdateCustomerAsync(It.Is<Customer>(c => c.Id != 42)), Times.Never);
        Assert.That(await ClicksAsync(), Has.Count.EqualTo(1), "linking a customer is not a click");
    }

    [Test]
    public async Task SaveAsync_LinkCustomerForUnknownVisitor_InsertsAttribution()
    {
        var visitorId = Guid.NewGuid();
        SetUpCustomer(42);

        await CreateService().SaveAsync(new[] { new AttributionCapture(CaptureKind.LinkCustomer, new AttributionTicket(visitorId, 7, 5, ClickedOnUtc, CustomerId: 42)) });

        var attribution = (await AttributionsAsync()).Single();
        Assert.That(attribution.VisitorId, Is.EqualTo(visitorId));
        Assert.That(attribution.CustomerId, Is.EqualTo(42));
    }

    [Test]
    public async Task SaveAsync_LinkCustomerWithOlderTicketOfOtherAffiliate_MovesCustomerButKeepsNewerAffiliate()
    {
        // A request that still carried the old cookie (affiliate 7) is written after the newer click of affiliate 8.
        var visitorId = Guid.NewGuid();
        var newer = ClickedOnUtc.AddHours(1);
        await CreateService().SaveAsync(new[] { ClickCapture(new AttributionTicket(visitorId, 8, 6, newer)) });
        SetUpCustomer(42);

        await CreateService().SaveAsync(new[] { new AttributionCapture(CaptureKind.LinkCustomer, new AttributionTicket(visitorId, 7, 5, ClickedOnUtc, CustomerId: 42)) });

        var attribution = (await AttributionsAsync()).Single();
        Assert.That(attribution.CustomerId, Is.EqualTo(42));
        Assert.That(attribution.AffiliateId, Is.EqualTo(8), "an older ticket never overwrites a newer decision");
        Assert.That(attribution.ClickedOnUtc, Is.EqualTo(newer).Within(Tolerance));
    }

    [TestCase(true, false, 0)]
    [TestCase(false, true, 0)]
    [TestCase(false, false, 7)]
    public async Task SaveAsync_LinkCustomerSystemDeletedOrAlreadyCredited_DoesNotUpdateCustomer(bool systemAccount, bool deleted, int currentAffiliateId)
    {
        SetUpCustomer(42, currentAffiliateId, deleted, systemAccount);

        await CreateService().SaveAsync(new[] { new AttributionCapture(CaptureKind.LinkCustomer, new AttributionTicket(Guid.NewGuid(), 7, 5, ClickedOnUtc, CustomerId: 42)) });

        _customerService.Verify(s => s.UpdateCustomerAsync(It.IsAny<Customer>()), Times.Never);
    }

    [Test]
    public async Task SaveAsync_LinkCustomerUnknownCustomer_DoesNotUpdateCustomer()
    {
        await CreateService().SaveAsync(new[] { new AttributionCapture(CaptureKind.LinkCustomer, new AttributionTicket(Guid.NewGuid(), 7, 5, ClickedOnUtc, CustomerId: 42)) });

        _customerService.Verify(s => s.GetCustomerByIdAsync(42), Times.Once);
        _customerService.Verify(s => s.UpdateCustomerAsync(It.IsAny<Customer>()), Times.Never);
    }

    [Test]
    public async Task SaveAsync_ExpireCustomerOfTicketAffiliate_ClearsCustomerAffiliate()
    {
        var customer = SetUpCustomer(42, affiliateId: 7);

        await CreateService().SaveAsync(new[] { new AttributionCapture(CaptureKind.Expire, new AttributionTicket(Guid.NewGuid(), 7, 5, ClickedOnUtc, CustomerId: 42)) });

        Assert.That(customer.AffiliateId, Is.Zero);
        _customerService.Verify(s => s.UpdateCustomerAsync(It.Is<Customer>(c => c.Id == 42 && c.AffiliateId == 0)), Times.Once);
    }

    [Test]
    public async Task SaveAsync_ExpireWhileAnotherDeviceClickedThatAffiliateLater_KeepsCustomerAffiliate()
    {
        var customer = SetUpCustomer(42, affiliateId: 7);
        await CreateService().SaveAsync(new[] { ClickCapture(new AttributionTicket(Guid.NewGuid(), 7, 5, ClickedOnUtc.AddDays(20), CustomerId: 42)) });
        _customerService.Invocations.Clear();

        await CreateService().SaveAsync(new[] { new AttributionCapture(CaptureKind.Expire, new AttributionTicket(Guid.NewGuid(), 7, 5, ClickedOnUtc, CustomerId: 42)) });

        Assert.That(customer.AffiliateId, Is.EqualTo(7));
        _customerService.Verify(s => s.UpdateCustomerAsync(It.IsAny<Customer>()), Times.Never);
    }

    [TestCase(8)]
    [TestCase(0)]
    public async Task SaveAsync_ExpireCustomerOfOtherAffiliate_LeavesCustomerAlone(int currentAffiliateId)
    {
        var customer = SetUpCustomer(42, affiliateId: currentAffiliateId);

        await CreateService().SaveAsync(new[] { new AttributionCapture(CaptureKind.Expire, new AttributionTicket(Guid.NewGuid(), 7, 5, ClickedOnUtc, CustomerId: 42)) });

        Assert.That(customer.AffiliateId, Is.EqualTo(currentAffiliateId));
        _customerService.Verify(s => s.UpdateCustomerAsync(It.IsAny<Customer>()), Times.Never);
    }

    [Test]
    public async Task SaveAsync_ExpireWithoutCustomer_TouchesNothing()
    {
        await CreateService().SaveAsync(new[] { new AttributionCapture(CaptureKind.Expire, new AttributionTicket(Guid.NewGuid(), 7, 5, ClickedOnUtc)) });

        _customerService.VerifyNoOtherCalls();
        Assert.That(await AttributionsAsync(), Is.Empty);
        Assert.That(await ClicksAsync(), Is.Empty);
    }

    [Test]
    public async Task SaveAsync_SameVisitorFromTenScopesInParallel_LeavesExactlyOneAttributionRow()
    {
        var visitorId = Guid.NewGuid();
        var services = Enumerable.Range(0, 10).Select(_ => CreateService()).ToList();
        using var start = new ManualResetEventSlim(false);

        var saves = services.Select(service => Task.Run(async () =>
        {
            start.Wait();
            await service.SaveAsync(new[] { ClickCapture(new AttributionTicket(visitorId, 7, 5, ClickedOnUtc)) });
        })).ToList();
        start.Set();
        await Task.WhenAll(saves);

        var attribution = (await AttributionsAsync()).Single();
        Assert.That(attribution.VisitorId, Is.EqualTo(visitorId));
        Assert.That(attribution.AffiliateId, Is.EqualTo(7));
        Assert.That(await ClicksAsync(), Has.Count.EqualTo(10));
    }

    [Test]
    public async Task SaveAsync_RetriedBatchWhoseClicksWereStored_DoesNotInsertClicksAgain()
    {
        var capture = ClickCapture(new AttributionTicket(Guid.NewGuid(), 7, 5, ClickedOnUtc));
        var service = CreateService();

        await service.SaveAsync(new[] { capture });
        await service.SaveAsync(new[] { capture });

        Assert.That(await ClicksAsync(), Has.Count.EqualTo(1));
        Assert.That(await AttributionsAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task SaveAsync_RetriedBatchWhoseClickCopyFailedAfterIdsWereTaken_StoresClicksOnce()
    {
        // nopCommerce's bulk insert takes the ids and sets them on the entities before it copies the rows.
        var stored = Database.CreateRepository<AffiliateClick>();
        var clickRepository = new Mock<IRepository<AffiliateClick>>();
        var attempts = 0;
        clickRepository.Setup(r => r.InsertAsync(It.IsAny<IList<AffiliateClick>>(), It.IsAny<bool>()))
            .Returns((IList<AffiliateClick> clicks, bool publishEvent) => ++attempts == 1 ? FailAfterTakingIds(clicks) : stored.InsertAsync(clicks, publishEvent));
        var service = new AttributionRecordingService(_buffer, _customerService.Object, Database.CreateRepository<AffiliateAttribution>(), clickRepository.Object, _clock);
        var captures = new[] { ClickCapture(new AttributionTicket(Guid.NewGuid(), 7, 5, ClickedOnUtc)), ClickCapture(new AttributionTicket(Guid.NewGuid(), 8, 6, ClickedOnUtc)) };

        Assert.ThrowsAsync<InvalidOperationException>(() => service.SaveAsync(captures));
        await service.SaveAsync(captures);
        await service.SaveAsync(captures);

        Assert.That((await ClicksAsync()).Select(c => c.AffiliateId), Is.EquivalentTo(new[] { 7, 8 }));
        Assert.That(await AttributionsAsync(), Has.Count.EqualTo(2));
    }

    private static Task FailAfterTakingIds(IList<AffiliateClick> clicks)
    {
        for (var i = 0; i < clicks.Count; i++)
            clicks[i].Id = 1000 + i;
        return Task.FromException(new InvalidOperationException("The bulk copy failed."));
    }

    [Test]
    public async Task FlushBufferAsync_QueuedCaptures_WritesThemAndEmptiesBuffer()
    {
        var alice = new AttributionTicket(Guid.NewGuid(), 7, 5, ClickedOnUtc);
        var bob = new AttributionTicket(Guid.NewGuid(), 8, 6, ClickedOnUtc);
        _buffer.TryAdd(ClickCapture(alice));
        _buffer.TryAdd(ClickCapture(bob));

        await CreateService().FlushBufferAsync();

        Assert.That(_buffer.Count, Is.Zero);
        Assert.That((await AttributionsAsync()).Select(a => (a.VisitorId, a.AffiliateId)),
            Is.EquivalentTo(new[] { (alice.VisitorId, 7), (bob.VisitorId, 8) }));
        Assert.That(await ClicksAsync(), Has.Count.EqualTo(2));
    }
}
