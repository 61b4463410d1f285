using System.Reflection;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Affiliates;
using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Links;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;
using Nop.Services.Affiliates;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Links;

[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class AffiliateLinkServiceTests : DatabaseFixture
{
    private const int AliceId = 1;
    private const int InactiveId = 2;
    private const int DeletedId = 3;
    private const int NamelessId = 4;
    private const string StoreHost = "store.example";

    private static readonly DateTime Now = new(2026, 5, 1, 10, 0, 0, DateTimeKind.Utc);

    private AffiliateTrackingSettings _settings;
    private Mock<IAffiliateService> _affiliateService;
    private Mock<IStoreContext> _storeContext;
    private ManualTimeProvider _clock;

    public AffiliateLinkServiceTests(DatabaseEngine engine) : base(engine)
    {
    }

    [SetUp]
    public async Task SetUpAsync()
    {
        await Database.ClearAllTablesAsync();

        _settings = new AffiliateTrackingSettings { AllowedExternalHosts = new List<string> { "partner.example" } };
        _clock = new ManualTimeProvider(Now);
        _storeContext = new Mock<IStoreContext>();
        _storeContext.Setup(s => s.GetCurrentStoreAsync()).ReturnsAsync(new Store { Id = 1, Url = $"https://{StoreHost}/" });

        _affiliateService = new Mock<IAffiliateService>();
        _affiliateService.Setup(s => s.GetAffiliateByIdAsync(AliceId))
            .ReturnsAsync(new Affiliate { Id = AliceId, FriendlyUrlName = "Alice's Shop", Active = true });
        _affiliateService.Setup(s => s.GetAffiliateByIdAsync(InactiveId))
            .ReturnsAsync(new Affiliate { Id = InactiveId, FriendlyUrlName = "sleepy", Active = false });
        _affiliateService.Setup(s => s.GetAffiliateByIdAsync(DeletedId))
            .ReturnsAsync(new Affiliate { Id = DeletedId, FriendlyUrlName = "gone", Active = true, Deleted = true });
        _affiliateService.Setup(s => s.GetAffiliateByIdAsync(NamelessId))
            .ReturnsAsync(new Affiliate { Id = NamelessId, FriendlyUrlName = null, Active = true });
    }

    private AffiliateLinkService CreateService(IRepository<AffiliateLink> repository = null) =>
        new(_settings, _affiliateService.Object, repository ?? Database.CreateRepository<AffiliateLink>(), _storeContext.Object, _clock);

    private async Task<AffiliateLink> InsertLinkAsync(string slug, int affiliateId = AliceId, bool active = true)
    {
        var link = new AffiliateLink { AffiliateId = affiliateId, Slug = slug, DestinationUrl = "/", Active = active, CreatedOnUtc = Now };
        await Database.CreateRepository<AffiliateLink>().InsertAsync(link);
        return link;
    }

    private Task<List<AffiliateLink>> AllLinksAsync() => Database.CreateRepository<AffiliateLink>().Table.OrderBy(l => l.Id).ToListAsync();

    [Test]
    public async Task CreateLinkAsync_ExplicitMixedCaseSlug_StoresLowerCaseActiveLink()
    {
        var result = await CreateService().CreateLinkAsync(AliceId, "  Summer-Sale ", "/summer");

        Assert.That(result.Success, Is.True, result.Error.ToString());
        var stored = (await AllLinksAsync()).Single();
        Assert.That(stored.Id, Is.EqualTo(result.Link.Id));
        Assert.That(stored.Slug, Is.EqualTo("summer-sale"));
        Assert.That(stored.AffiliateId, Is.EqualTo(AliceId));
        Assert.That(stored.DestinationUrl, Is.EqualTo("/summer"));
        Assert.That(stored.Active, Is.True);
        Assert.That(stored.CreatedOnUtc, Is.EqualTo(Now).Within(TimeSpan.FromMilliseconds(1)));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public async Task CreateLinkAsync_NoSlug_SuggestsValidSlugFromFriendlyNameWithSuffix(string slug)
    {
        var result = await CreateService().CreateLinkAsync(AliceId, slug, "/");

        Assert.That(result.Success, Is.True, result.Error.ToString());
        Assert.That(result.Link.Slug, Does.Match("^alice-s-shop-[a-z0-9]{4}$"));
        Assert.That(SlugRules.IsValid(result.Link.Slug), Is.True);
        Assert.That((await AllLinksAsync()).Single().Slug, Is.EqualTo(result.Link.Slug));
    }

    [Test]
    public async Task CreateLinkAsync_NoSlugTwiceForSameAffiliate_GivesDistinctSlugs()
    {
        var service = CreateService();

        var slugs = new List<string>();
        for (var i = 0; i < 5; i++)
            slugs.Add((await service.CreateLinkAsync(AliceId, null, "/")).Link.Slug);

        Assert.That(slugs, Is.Unique);
        Assert.That(await Database.CreateRepository<AffiliateLink>().Table.CountAsync(), Is.EqualTo(5));
    }

    [Test]
    public async Task CreateLinkAsync_NoSlugAndNoUsableName_FallsBackToPartnerId()
    {
        var result = await CreateService().CreateLinkAsync(NamelessId, null, "/");

        Assert.That(result.Success, Is.True, result.Error.ToString());
        Assert.That(result.Link.Slug, Does.Match($"^partner-{NamelessId}-[a-z0-9]{{4}}$"));
    }

    [TestCase("ab")]
    [TestCase("-summer")]
    [TestCase("summer-")]
    [TestCase("sum--mer")]
    [TestCase("summer sale")]
    [TestCase("summer_sale")]
    [TestCase("sümmer")]
    [TestCase("summer/sale")]
    public async Task CreateLinkAsync_InvalidSlug_ReturnsSlugInvalidAndStoresNothing(string slug)
    {
        var result = await CreateService().CreateLinkAsync(AliceId, slug, "/");

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error, Is.EqualTo(LinkError.SlugInvalid));
        Assert.That(result.ErrorResourceKey, Is.EqualTo("Plugins.Affiliates.Tracking.Links.Errors.SlugInvalid"));
        Assert.That(await AllLinksAsync(), Is.Empty);
    }

    [Test]
    public async Task CreateLinkAsync_SlugTooLong_ReturnsSlugInvalid()
    {
        var result = await CreateService().CreateLinkAsync(AliceId, new string('a', SlugRules.MaxLength + 1), "/");

        Assert.That(result.Error, Is.EqualTo(LinkError.SlugInvalid));
    }

    [TestCase("summer-sale")]
    [TestCase("Summer-Sale")]
    [TestCase("SUMMER-SALE")]
    public async Task CreateLinkAsync_SlugTakenInAnyCase_ReturnsSlugTaken(string slug)
    {
        await InsertLinkAsync("summer-sale");

        var result = await CreateService().CreateLinkAsync(AliceId, slug, "/");

        Assert.That(result.Error, Is.EqualTo(LinkError.SlugTaken));
        Assert.That(await AllLinksAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task CreateLinkAsync_SlugOfInactiveLink_ReturnsSlugTaken()
    {
        await InsertLinkAsync("summer-sale", active: false);

        var result = await CreateService().CreateLinkAsync(AliceId, "summer-sale", "/");

        Assert.That(result.Error, Is.EqualTo(LinkError.SlugTaken));
    }

    [TestCase("/")]
    [TestCase("/summer-collection?color=red#top")]
    [TestCase("/%C3%BCber-uns")]
    public async Task CreateLinkAsync_StorePath_StoresPathAsGiven(string destination)
    {
        var result = await CreateService().CreateLinkAsync(AliceId, "summer-sale", destination);

        Assert.That(result.Success, Is.True, result.Error.ToString());
        Assert.That((await AllLinksAsync()).Single().DestinationUrl, Is.EqualTo(destination));
    }

    [TestCase("https://store.example/summer", "https://store.example/summer")]
    [TestCase("HTTPS://STORE.EXAMPLE/Summer", "https://store.example/Summer")]
    [TestCase("http://store.example/", "http://store.example/")]
    [TestCase("https://partner.example/landing?x=1", "https://partner.example/landing?x=1")]
    [TestCase("https://Partner.Example/landing", "https://partner.example/landing")]
    public async Task CreateLinkAsync_StoreHostOrAllowlistedHost_StoresNormalisedUrl(string destination, string expected)
    {
        var result = await CreateService().CreateLinkAsync(AliceId, "summer-sale", destination);

        Assert.That(result.Success, Is.True, result.Error.ToString());
        Assert.That((await AllLinksAsync()).Single().DestinationUrl, Is.EqualTo(expected));
    }

    [TestCase("https://evil.example/", LinkError.DestinationHostNotAllowed)]
    [TestCase("https://store.example.evil.example/", LinkError.DestinationHostNotAllowed)]
    [TestCase("https://sub.partner.example/", LinkError.DestinationHostNotAllowed)]
    [TestCase("https://localhost/", LinkError.DestinationHostNotAllowed)]
    [TestCase("//evil.example", LinkError.DestinationMalformed)]
    [TestCase("//evil.example/path", LinkError.DestinationMalformed)]
    [TestCase("/\\evil.example", LinkError.DestinationMalformed)]
    [TestCase("\\\\evil.example", LinkError.DestinationMalformed)]
    [TestCase("https:evil.example", LinkError.DestinationSchemeNotAllowed)]
    [TestCase("https:/evil.example", LinkError.DestinationSchemeNotAllowed)]
    [TestCase("/%2F%2Fevil.example", LinkError.DestinationMalformed)]
    [TestCase("/%2fevil.example", LinkError.DestinationMalformed)]
    [TestCase("/%5Cevil.example", LinkError.DestinationMalformed)]
    [TestCase("/%252F%252Fevil.example", LinkError.DestinationMalformed)]
    [TestCase("/%09/evil.example", LinkError.DestinationMalformed)]
    [TestCase("https://store.example@evil.example/", LinkError.DestinationUserInfo)]
    [TestCase("https://user:pass@store.example/", LinkError.DestinationUserInfo)]
    [TestCase("javascript:alert(1)", LinkError.DestinationSchemeNotAllowed)]
    [TestCase("JavaScript:alert(document.cookie)", LinkError.DestinationSchemeNotAllowed)]
    [TestCase("data:text/html,<script>alert(1)</script>", LinkError.DestinationSchemeNotAllowed)]
    [TestCase("ftp://store.example/file", LinkError.DestinationSchemeNotAllowed)]
    [TestCase("evil.example", LinkError.DestinationMalformed)]
    [TestCase("", LinkError.DestinationEmpty)]
    [TestCase("   ", LinkError.DestinationEmpty)]
    [TestCase(null, LinkError.DestinationEmpty)]
    public async Task CreateLinkAsync_RefusedDestination_ReturnsErrorAndStoresNothing(string destination, LinkError expected)
    {
        var result = await CreateService().CreateLinkAsync(AliceId, "summer-sale", destination);

        Assert.That(result.Error, Is.EqualTo(expected));
        Assert.That(result.Link, Is.Null);
        Assert.That(await AllLinksAsync(), Is.Empty);
    }

    [Test]
    public async Task CreateLinkAsync_DestinationOverMaxLength_ReturnsDestinationTooLong()
    {
        var destination = "/" + new string('a', ShareLinkDestinationRule.MaxLength);

        var result = await CreateService().CreateLinkAsync(AliceId, "summer-sale", destination);

        Assert.That(result.Error, Is.EqualTo(LinkError.DestinationTooLong));
        Assert.That(await AllLinksAsync(), Is.Empty);
    }

    [Test]
    public async Task CreateLinkAsync_DestinationAtMaxLength_IsStored()
    {
        var destination = "/" + new string('a', ShareLinkDestinationRule.MaxLength - 1);

        var result = await CreateService().CreateLinkAsync(AliceId, "summer-sale", destination);

        Assert.That(result.Success, Is.True, result.Error.ToString());
        Assert.That((await AllLinksAsync()).Single().DestinationUrl, Has.Length.EqualTo(ShareLinkDestinationRule.MaxLength));
    }

    [TestCase(999, LinkError.AffiliateNotFound)]
    [TestCase(0, LinkError.AffiliateNotFound)]
    [TestCase(DeletedId, LinkError.AffiliateNotFound)]
    [TestCase(InactiveId, LinkError.AffiliateInactive)]
    public async Task CreateLinkAsync_AffiliateUnknownDeletedOrInactive_ReturnsErrorAndStoresNothing(int affiliateId, LinkError expected)
    {
        var result = await CreateService().CreateLinkAsync(affiliateId, "summer-sale", "/");

        Assert.That(result.Error, Is.EqualTo(expected));
        Assert.That(await AllLinksAsync(), Is.Empty);
    }

    [Test]
    public async Task CreateLinkAsync_ConcurrentCreatesOfSameSlugInSeparateScopes_ExactlyOneSucceedsOtherGetsSlugTaken()
    {
        // Both creates pass the "is the slug free" check before either inserts, so only the unique index can decide.
        var gate = new InsertGate(expectedInserts: 2);
        var services = Enumerable.Range(0, 2).Select(_ => CreateService(gate.Wrap(Database.CreateRepository<AffiliateLink>()))).ToList();

        var results = await Task.WhenAll(services.Select(service => Task.Run(() => service.CreateLinkAsync(AliceId, "Summer-Sale", "/"))));

        Assert.That(results.Count(r => r.Success), Is.EqualTo(1));
        Assert.That(results.Single(r => !r.Success).Error, Is.EqualTo(LinkError.SlugTaken));
        var stored = (await AllLinksAsync()).Single();
        Assert.That(stored.Id, Is.EqualTo(results.Single(r => r.Success).Link.Id));
    }

    [Test]
    public async Task CreateLinkAsync_ManyConcurrentCreatesOfSameSlug_ExactlyOneSucceeds()
    {
        var services = Enumerable.Range(0, 6).Select(_ => CreateService()).ToList();

        var results = await Task.WhenAll(services.Select(service => Task.Run(() => service.CreateLinkAsync(AliceId, "summer-sale", "/"))));

        Assert.That(results.Count(r => r.Success), Is.EqualTo(1));
        Assert.That(results.Where(r => !r.Success).Select(r => r.Error), Is.All.EqualTo(LinkError.SlugTaken));
        Assert.That(await AllLinksAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task UpdateLinkAsync_NewSlugAndDestination_StoresBothNormalised()
    {
        var link = await InsertLinkAsync("summer-sale");

        var result = await CreateService().UpdateLinkAsync(link.Id, "Winter-Sale", "https://partner.example/winter");

        Assert.That(result.Success, Is.True, result.Error.ToString());
        var stored = (await AllLinksAsync()).Single();
        Assert.That(stored.Slug, Is.EqualTo("winter-sale"));
        Assert.That(stored.DestinationUrl, Is.EqualTo("https://partner.example/winter"));
        Assert.That(stored.Active, Is.True);
        Assert.That(stored.AffiliateId, Is.EqualTo(AliceId));
    }

    [Test]
    public async Task UpdateLinkAsync_SameSlugNewDestination_IsNotTakenByItself()
    {
        var link = await InsertLinkAsync("summer-sale");

        var result = await CreateService().UpdateLinkAsync(link.Id, "SUMMER-SALE", "/new-page");

        Assert.That(result.Success, Is.True, result.Error.ToString());
        var stored = (await AllLinksAsync()).Single();
        Assert.That(stored.Slug, Is.EqualTo("summer-sale"));
        Assert.That(stored.DestinationUrl, Is.EqualTo("/new-page"));
    }

    [Test]
    public async Task UpdateLinkAsync_SlugOfAnotherLink_ReturnsSlugTakenAndChangesNothing()
    {
        await InsertLinkAsync("summer-sale");
        var other = await InsertLinkAsync("winter-sale");

        var result = await CreateService().UpdateLinkAsync(other.Id, "Summer-Sale", "/changed");

        Assert.That(result.Error, Is.EqualTo(LinkError.SlugTaken));
        var stored = await Database.CreateRepository<AffiliateLink>().GetByIdAsync(other.Id);
        Assert.That(stored.Slug, Is.EqualTo("winter-sale"));
        Assert.That(stored.DestinationUrl, Is.EqualTo("/"));
    }

    [Test]
    public async Task UpdateLinkAsync_RefusedDestination_ReturnsErrorAndChangesNothing()
    {
        var link = await InsertLinkAsync("summer-sale");

        var result = await CreateService().UpdateLinkAsync(link.Id, "winter-sale", "//evil.example");

        Assert.That(result.Error, Is.EqualTo(LinkError.DestinationMalformed));
        var stored = await Database.CreateRepository<AffiliateLink>().GetByIdAsync(link.Id);
        Assert.That(stored.Slug, Is.EqualTo("summer-sale"));
        Assert.That(stored.DestinationUrl, Is.EqualTo("/"));
    }

    [Test]
    public async Task UpdateLinkAsync_InvalidSlug_ReturnsSlugInvalid()
    {
        var link = await InsertLinkAsync("summer-sale");

        var result = await CreateService().UpdateLinkAsync(link.Id, "a", "/");

        Assert.That(result.Error, Is.EqualTo(LinkError.SlugInvalid));
    }

    [Test]
    public async Task UpdateLinkAsync_UnknownLink_ReturnsLinkNotFound()
    {
        var result = await CreateService().UpdateLinkAsync(12345, "summer-sale", "/");

        Assert.That(result.Error, Is.EqualTo(LinkError.LinkNotFound));
        Assert.That(await AllLinksAsync(), Is.Empty);
    }

    [Test]
    public async Task SetLinkActiveAsync_Deactivate_StoresInactive()
    {
        var link = await InsertLinkAsync("summer-sale");

        var result = await CreateService().SetLinkActiveAsync(link.Id, false);

        Assert.That(result.Success, Is.True);
        Assert.That(result.Link.Active, Is.False);
        Assert.That((await Database.CreateRepository<AffiliateLink>().GetByIdAsync(link.Id)).Active, Is.False);
    }

    [Test]
    public async Task SetLinkActiveAsync_Reactivate_StoresActive()
    {
        var link = await InsertLinkAsync("summer-sale", active: false);

        var result = await CreateService().SetLinkActiveAsync(link.Id, true);

        Assert.That(result.Success, Is.True);
        Assert.That((await Database.CreateRepository<AffiliateLink>().GetByIdAsync(link.Id)).Active, Is.True);
    }

    [Test]
    public async Task SetLinkActiveAsync_UnknownLink_ReturnsLinkNotFound()
    {
        var result = await CreateService().SetLinkActiveAsync(12345, false);

        Assert.That(result.Error, Is.EqualTo(LinkError.LinkNotFound));
    }

    [TestCase("summer-sale")]
    [TestCase("Summer-Sale")]
    [TestCase("SUMMER-SALE")]
    public async Task GetActiveLinkBySlugAsync_ActiveLinkInAnyCase_ReturnsIt(string slug)
    {
        var link = await InsertLinkAsync("summer-sale");

        var found = await CreateService().GetActiveLinkBySlugAsync(slug);

        Assert.That(found?.Id, Is.EqualTo(link.Id));
    }

    [Test]
    public async Task GetActiveLinkBySlugAsync_InactiveLink_ReturnsNull()
    {
        await InsertLinkAsync("summer-sale", active: false);

        Assert.That(await CreateService().GetActiveLinkBySlugAsync("summer-sale"), Is.Null);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("no")]
    [TestCase("winter-sale")]
    public async Task GetActiveLinkBySlugAsync_UnknownOrInvalidSlug_ReturnsNull(string slug)
    {
        await InsertLinkAsync("summer-sale");

        Assert.That(await CreateService().GetActiveLinkBySlugAsync(slug), Is.Null);
    }

    [Test]
    public async Task GetLinkByIdAsync_ExistingLink_ReturnsIt()
    {
        var link = await InsertLinkAsync("summer-sale");

        var found = await CreateService().GetLinkByIdAsync(link.Id);

        Assert.That(found.Slug, Is.EqualTo("summer-sale"));
    }

    [Test]
    public async Task GetLinksAsync_FilterByAffiliateAndActive_ReturnsMatchingNewestFirst()
    {
        var a1 = await InsertLinkAsync("alice-one");
        var a2 = await InsertLinkAsync("alice-two", active: false);
        var a3 = await InsertLinkAsync("alice-three");
        var b1 = await InsertLinkAsync("bob-one", affiliateId: 7);

        var service = CreateService();
        var all = await service.GetLinksAsync();
        var alice = await service.GetLinksAsync(affiliateId: AliceId);
        var aliceActive = await service.GetLinksAsync(affiliateId: AliceId, active: true);
        var inactive = await service.GetLinksAsync(active: false);

        Assert.That(all.Select(l => l.Id), Is.EqualTo(new[] { b1.Id, a3.Id, a2.Id, a1.Id }));
        Assert.That(alice.Select(l => l.Id), Is.EqualTo(new[] { a3.Id, a2.Id, a1.Id }));
        Assert.That(aliceActive.Select(l => l.Id), Is.EqualTo(new[] { a3.Id, a1.Id }));
        Assert.That(inactive.Select(l => l.Id), Is.EqualTo(new[] { a2.Id }));
    }

    [Test]
    public async Task GetLinksAsync_Paging_ReturnsPageAndTotalCount()
    {
        var ids = new List<int>();
        foreach (var slug in new[] { "link-one", "link-two", "link-three", "link-four", "link-five" })
            ids.Add((await InsertLinkAsync(slug)).Id);

        var service = CreateService();
        var page0 = await service.GetLinksAsync(pageIndex: 0, pageSize: 2);
        var page2 = await service.GetLinksAsync(pageIndex: 2, pageSize: 2);

        var newestFirst = ids.OrderByDescending(id => id).ToList();
        Assert.That(page0.Select(l => l.Id), Is.EqualTo(newestFirst.Take(2)));
        Assert.That(page0.TotalCount, Is.EqualTo(5));
        Assert.That(page0.TotalPages, Is.EqualTo(3));
        Assert.That(page2.Select(l => l.Id), Is.EqualTo(newestFirst.Skip(4)));
    }

    /// <summary>
    /// Holds every InsertAsync until <c>expectedInserts</c> callers have reached it, so concurrent saves all pass their
    /// pre-checks before any row exists. Other members go straight to the wrapped repository.
    /// </summary>
    private sealed class InsertGate
    {
        private readonly int _expectedInserts;
        private readonly TaskCompletionSource _allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _arrived;

        public InsertGate(int expectedInserts)
        {
            _expectedInserts = expectedInserts;
        }

        public IRepository<AffiliateLink> Wrap(IRepository<AffiliateLink> inner)
        {
            var proxy = DispatchProxy.Create<IRepository<AffiliateLink>, GatedRepositoryProxy>();
            ((GatedRepositoryProxy)(object)proxy).Initialize(inner, this);
            return proxy;
        }

        public async Task ArriveAsync()
        {
            if (Interlocked.Increment(ref _arrived) >= _expectedInserts)
                _allArrived.TrySetResult();

            await _allArrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    private class GatedRepositoryProxy : DispatchProxy
    {
        private IRepository<AffiliateLink> _inner;
        private InsertGate _gate;

        internal void Initialize(IRepository<AffiliateLink> inner, object gate)
        {
            _inner = inner;
            _gate = (InsertGate)gate;
        }

        protected override object Invoke(MethodInfo targetMethod, object[] args)
        {
            if (targetMethod.Name == nameof(IRepository<AffiliateLink>.InsertAsync) && args[0] is AffiliateLink)
                return GatedInsertAsync((AffiliateLink)args[0], (bool)args[1]);

            try
            {
                return targetMethod.Invoke(_inner, args);
            }
            catch (TargetInvocationException exception) when (exception.InnerException is not null)
            {
                throw exception.InnerException;
            }
        }

        private async Task GatedInsertAsync(AffiliateLink link, bool publishEvent)
        {
            await _gate.ArriveAsync();
            await _inner.InsertAsync(link, publishEvent);
        }
    }
}
