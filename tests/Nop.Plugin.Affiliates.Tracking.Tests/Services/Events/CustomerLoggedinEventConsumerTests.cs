using Nop.Plugin.Affiliates.Tracking.Services.Attribution;
using Moq;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Services.Events;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Events;

[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class CustomerLoggedinEventConsumerTests : DatabaseFixture
{
    private const int GuestId = 10;
    private const int RegisteredId = 20;
    private const int OtherId = 30;

    private static readonly DateTime ClickedOnUtc = new(2026, 5, 1, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime LoginOnUtc = ClickedOnUtc.AddHours(3);

    private ManualTimeProvider _clock;

    public CustomerLoggedinEventConsumerTests(DatabaseEngine engine) : base(engine)
    {
    }

    [SetUp]
    public async Task SetUpAsync()
    {
        await Database.ClearAllTablesAsync();
        _clock = new ManualTimeProvider(LoginOnUtc);
        _recordingService = new Mock<IAttributionRecordingService>();
    }

    private Mock<IAttributionRecordingService> _recordingService;

    private CustomerLoggedinEventConsumer CreateConsumer() => new(_recordingService.Object, Database.CreateRepository<AffiliateAttribution>(), _clock);

    private async Task<AffiliateAttribution> InsertAttributionAsync(int customerId, int affiliateId)
    {
        var attribution = new AffiliateAttribution
        {
            VisitorId = Guid.NewGuid(),
            CustomerId = customerId,
            AffiliateId = affiliateId,
            LinkId = 5,
            ClickedOnUtc = ClickedOnUtc,
            UpdatedOnUtc = ClickedOnUtc
        };
        await Database.CreateRepository<AffiliateAttribution>().InsertAsync(attribution);
        return attribution;
    }

    private Task<List<AffiliateAttribution>> AttributionsAsync() =>
        Database.CreateRepository<AffiliateAttribution>().Table.OrderBy(a => a.Id).ToListAsync();

    [Test]
    public async Task HandleEventAsync_GuestWithAttributions_MovesThemToRegisteredCustomer()
    {
        var first = await InsertAttributionAsync(GuestId, affiliateId: 7);
        var second = await InsertAttributionAsync(GuestId, affiliateId: 8);

        await CreateConsumer().HandleEventAsync(new CustomerLoggedinEvent(new Customer { Id = RegisteredId }, new Customer { Id = GuestId }));

        var rows = await AttributionsAsync();
        Assert.That(rows.Select(a => a.Id), Is.EqualTo(new[] { first.Id, second.Id }));
        Assert.That(rows.Select(a => a.CustomerId), Is.All.EqualTo(RegisteredId));
        Assert.That(rows.Select(a => a.AffiliateId), Is.EqualTo(new[] { 7, 8 }), "only the customer changes");
        Assert.That(rows.Select(a => a.VisitorId), Is.EqualTo(new[] { first.VisitorId, second.VisitorId }));
        Assert.That(rows[0].ClickedOnUtc, Is.EqualTo(ClickedOnUtc).Within(TimeSpan.FromMilliseconds(1)));
        Assert.That(rows[0].UpdatedOnUtc, Is.EqualTo(LoginOnUtc).Within(TimeSpan.FromMilliseconds(1)));
        Assert.That(rows[1].UpdatedOnUtc, Is.EqualTo(LoginOnUtc).Within(TimeSpan.FromMilliseconds(1)));
    }

    [Test]
    public async Task HandleEventAsync_OtherCustomersRows_AreUntouched()
    {
        await InsertAttributionAsync(GuestId, affiliateId: 7);
        var other = await InsertAttributionAsync(OtherId, affiliateId: 8);
        var registeredOwn = await InsertAttributionAsync(RegisteredId, affiliateId: 9);

        await CreateConsumer().HandleEventAsync(new CustomerLoggedinEvent(new Customer { Id = RegisteredId }, new Customer { Id = GuestId }));

        var rows = await AttributionsAsync();
        var otherRow = rows.Single(a => a.Id == other.Id);
        Assert.That(otherRow.CustomerId, Is.EqualTo(OtherId));
        Assert.That(otherRow.UpdatedOnUtc, Is.EqualTo(ClickedOnUtc).Within(TimeSpan.FromMilliseconds(1)));
        var ownRow = rows.Single(a => a.Id == registeredOwn.Id);
        Assert.That(ownRow.UpdatedOnUtc, Is.EqualTo(ClickedOnUtc).Within(TimeSpan.FromMilliseconds(1)), "the customer's own rows are not rewritten");
        Assert.That(rows.Count(a => a.CustomerId == RegisteredId), Is.EqualTo(2));
    }

    [Test]
    public async Task HandleEventAsync_NoGuest_ChangesNothing()
    {
        var row = await InsertAttributionAsync(GuestId, affiliateId: 7);

        await CreateConsumer().HandleEventAsync(new CustomerLoggedinEvent(new Customer { Id = RegisteredId }));

        var stored = (await AttributionsAsync()).Single();
        Assert.That(stored.CustomerId, Is.EqualTo(GuestId));
        Assert.That(stored.UpdatedOnUtc, Is.EqualTo(row.UpdatedOnUtc).Within(TimeSpan.FromMilliseconds(1)));
    }

    [Test]
    public async Task HandleEventAsync_GuestIsSameCustomer_ChangesNothing()
    {
        await InsertAttributionAsync(GuestId, affiliateId: 7);

        await CreateConsumer().HandleEventAsync(new CustomerLoggedinEvent(new Customer { Id = GuestId }, new Customer { Id = GuestId }));

        var stored = (await AttributionsAsync()).Single();
        Assert.That(stored.UpdatedOnUtc, Is.EqualTo(ClickedOnUtc).Within(TimeSpan.FromMilliseconds(1)));
    }

    [Test]
    public async Task HandleEventAsync_GuestWithoutAttributions_ChangesNothing()
    {
        await InsertAttributionAsync(OtherId, affiliateId: 7);

        await CreateConsumer().HandleEventAsync(new CustomerLoggedinEvent(new Customer { Id = RegisteredId }, new Customer { Id = GuestId }));

        Assert.That((await AttributionsAsync()).Single().CustomerId, Is.EqualTo(OtherId));
    }

    [Test]
    public async Task HandleEventAsync_GuestClickStillBuffered_IsWrittenThenMoved()
    {
        // The flush stands for the buffer writing the guest's click the moment before the move.
        _recordingService.Setup(s => s.FlushBufferAsync()).Returns(() => Database.CreateRepository<AffiliateAttribution>().InsertAsync(new AffiliateAttribution
        {
            VisitorId = Guid.NewGuid(), CustomerId = GuestId, AffiliateId = 7, ClickedOnUtc = LoginOnUtc, UpdatedOnUtc = LoginOnUtc
        }));

        await CreateConsumer().HandleEventAsync(new CustomerLoggedinEvent(new Customer { Id = RegisteredId }, new Customer { Id = GuestId }));

        Assert.That((await AttributionsAsync()).Single().CustomerId, Is.EqualTo(RegisteredId));
    }
}
