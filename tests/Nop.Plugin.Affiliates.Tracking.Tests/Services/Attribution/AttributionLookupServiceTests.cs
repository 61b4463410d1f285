using Moq;
using Nop.Core.Domain.Affiliates;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Services.Attribution;
using Nop.Plugin.Affiliates.Tracking.Services.Links;
using Nop.Services.Affiliates;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Attribution;

[TestFixture]
public class AttributionLookupServiceTests
{
    private const int AliceId = 1;
    private const int InactiveId = 2;
    private const int DeletedId = 3;

    private AttributionLookupCache _cache;
    private Mock<IAffiliateLinkService> _linkService;
    private Mock<IAffiliateService> _affiliateService;
    private AttributionLookupService _service;

    [SetUp]
    public void SetUp()
    {
        _cache = new AttributionLookupCache(TimeProvider.System);
        _linkService = new Mock<IAffiliateLinkService>();
        _affiliateService = new Mock<IAffiliateService>();
        _affiliateService.Setup(s => s.GetAffiliateByIdAsync(AliceId)).ReturnsAsync(new Affiliate { Id = AliceId, FriendlyUrlName = "alice", Active = true });
        _affiliateService.Setup(s => s.GetAffiliateByIdAsync(InactiveId)).ReturnsAsync(new Affiliate { Id = InactiveId, Active = false });
        _affiliateService.Setup(s => s.GetAffiliateByIdAsync(DeletedId)).ReturnsAsync(new Affiliate { Id = DeletedId, Active = true, Deleted = true });
        _affiliateService.Setup(s => s.GetAffiliateByFriendlyUrlNameAsync("alice")).ReturnsAsync(new Affiliate { Id = AliceId, FriendlyUrlName = "alice", Active = true });
        _affiliateService.Setup(s => s.GetAffiliateByFriendlyUrlNameAsync("sleepy")).ReturnsAsync(new Affiliate { Id = InactiveId, Active = false });
        _affiliateService.Setup(s => s.GetAffiliateByFriendlyUrlNameAsync("gone")).ReturnsAsync(new Affiliate { Id = DeletedId, Active = true, Deleted = true });
        _service = new AttributionLookupService(_cache, new Lazy<IAffiliateLinkService>(() => _linkService.Object), new Lazy<IAffiliateService>(() => _affiliateService.Object));
    }

    private void SetUpLink(string slug, int affiliateId = AliceId, int linkId = 10, string destination = "/summer") =>
        _linkService.Setup(s => s.GetActiveLinkBySlugAsync(slug))
            .ReturnsAsync(new AffiliateLink { Id = linkId, AffiliateId = affiliateId, Slug = slug, DestinationUrl = destination, Active = true });

    [TestCase("summer-sale")]
    [TestCase("Summer-Sale")]
    [TestCase("summer-sale/")]
    [TestCase(" SUMMER-SALE/ ")]
    public async Task GetLinkAsync_ActiveLinkOfActiveAffiliate_ReturnsItByNormalisedSlug(string slug)
    {
        SetUpLink("summer-sale");

        var link = await _service.GetLinkAsync(slug);

        Assert.That(link, Is.EqualTo(new CachedLink(10, AliceId, "/summer")));
        _linkService.Verify(s => s.GetActiveLinkBySlugAsync("summer-sale"), Times.Once);
    }

    [Test]
    public async Task GetLinkAsync_SecondCall_IsAnsweredFromCache()
    {
        SetUpLink("summer-sale");

        await _service.GetLinkAsync("summer-sale");
        var again = await new AttributionLookupService(_cache, new Lazy<IAffiliateLinkService>(() => _linkService.Object), new Lazy<IAffiliateService>(() => _affiliateService.Object)).GetLinkAsync("Summer-Sale/");

        Assert.That(again?.LinkId, Is.EqualTo(10));
        _linkService.Verify(s => s.GetActiveLinkBySlugAsync(It.IsAny<string>()), Times.Once);
        _affiliateService.Verify(s => s.GetAffiliateByIdAsync(It.IsAny<int>()), Times.Once);
    }

    [Test]
    public async Task GetLinkAsync_InactiveOrUnknownLink_ReturnsNull()
    {
        // The link service answers only for active links; an inactive one comes back as null.
        var link = await _service.GetLinkAsync("summer-sale");

        Assert.That(link, Is.Null);
        _linkService.Verify(s => s.GetActiveLinkBySlugAsync("summer-sale"), Times.Once);
    }

    [TestCase(InactiveId)]
    [TestCase(DeletedId)]
    [TestCase(999)]
    public async Task GetLinkAsync_LinkOfInactiveDeletedOrUnknownAffiliate_ReturnsNull(int affiliateId)
    {
        SetUpLink("summer-sale", affiliateId);

        Assert.That(await _service.GetLinkAsync("summer-sale"), Is.Null);
    }

    [Test]
    public async Task GetLinkAsync_NotFound_IsCachedSoSecondCallDoesNotLookUp()
    {
        var first = await _service.GetLinkAsync("made-up");
        var second = await _service.GetLinkAsync("made-up");

        Assert.That(first, Is.Null);
        Assert.That(second, Is.Null);
        _linkService.Verify(s => s.GetActiveLinkBySlugAsync("made-up"), Times.Once);
    }

    [Test]
    public async Task GetLinkAsync_CacheCleared_LooksUpAgain()
    {
        await _service.GetLinkAsync("summer-sale");
        SetUpLink("summer-sale");

        _cache.Clear();
        var link = await _service.GetLinkAsync("summer-sale");

        Assert.That(link?.LinkId, Is.EqualTo(10));
        _linkService.Verify(s => s.GetActiveLinkBySlugAsync("summer-sale"), Times.Exactly(2));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("ab")]
    [TestCase("../admin")]
    [TestCase("summer sale")]
    [TestCase("summer-sale/extra")]
    public async Task GetLinkAsync_InvalidSlug_ReturnsNullWithoutLookup(string slug)
    {
        Assert.That(await _service.GetLinkAsync(slug), Is.Null);

        _linkService.Verify(s => s.GetActiveLinkBySlugAsync(It.IsAny<string>()), Times.Never);
    }

    [TestCase("1")]
    [TestCase(" 1 ")]
    [TestCase("0001")]
    public async Task ResolveAffiliateCodeAsync_NumericIdOfActiveAffiliate_ReturnsId(string code)
    {
        Assert.That(await _service.ResolveAffiliateCodeAsync(code), Is.EqualTo(AliceId));

        _affiliateService.Verify(s => s.GetAffiliateByFriendlyUrlNameAsync(It.IsAny<string>()), Times.Never);
    }

    [TestCase("2")]
    [TestCase("3")]
    [TestCase("999")]
    [TestCase("0")]
    public async Task ResolveAffiliateCodeAsync_NumericIdNotActive_ReturnsZero(string code)
    {
        Assert.That(await _service.ResolveAffiliateCodeAsync(code), Is.Zero);
    }

    [TestCase("alice")]
    [TestCase("Alice")]
    [TestCase(" ALICE ")]
    public async Task ResolveAffiliateCodeAsync_FriendlyName_LooksUpLowerCaseAndReturnsId(string code)
    {
        Assert.That(await _service.ResolveAffiliateCodeAsync(code), Is.EqualTo(AliceId));

        _affiliateService.Verify(s => s.GetAffiliateByFriendlyUrlNameAsync("alice"), Times.Once);
    }

    [TestCase("sleepy")]
    [TestCase("gone")]
    public async Task ResolveAffiliateCodeAsync_FriendlyNameOfInactiveOrDeleted_ReturnsZero(string code)
    {
        Assert.That(await _service.ResolveAffiliateCodeAsync(code), Is.Zero);
    }

    [Test]
    public async Task ResolveAffiliateCodeAsync_UnknownName_ReturnsZeroAndCachesIt()
    {
        var first = await _service.ResolveAffiliateCodeAsync("nobody");
        var second = await _service.ResolveAffiliateCodeAsync("NOBODY");

        Assert.That(first, Is.Zero);
        Assert.That(second, Is.Zero);
        _affiliateService.Verify(s => s.GetAffiliateByFriendlyUrlNameAsync("nobody"), Times.Once);
    }

    [Test]
    public async Task ResolveAffiliateCodeAsync_UnknownId_ReturnsZeroAndCachesIt()
    {
        await _service.ResolveAffiliateCodeAsync("999");
        await _service.ResolveAffiliateCodeAsync("999");

        _affiliateService.Verify(s => s.GetAffiliateByIdAsync(999), Times.Once);
    }

    [Test]
    public async Task ResolveAffiliateCodeAsync_CacheCleared_LooksUpAgain()
    {
        await _service.ResolveAffiliateCodeAsync("alice");

        _cache.Clear();
        await _service.ResolveAffiliateCodeAsync("alice");

        _affiliateService.Verify(s => s.GetAffiliateByFriendlyUrlNameAsync("alice"), Times.Exactly(2));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("ali\u0000ce")]
    [TestCase("ali\nce")]
    [TestCase("ali\u007fce")]
    public async Task ResolveAffiliateCodeAsync_EmptyOrControlCharacters_ReturnsZeroWithoutLookup(string code)
    {
        Assert.That(await _service.ResolveAffiliateCodeAsync(code), Is.Zero);

        _affiliateService.VerifyNoOtherCalls();
    }

    [Test]
    public async Task ResolveAffiliateCodeAsync_OverLongCode_ReturnsZeroWithoutLookup()
    {
        Assert.That(await _service.ResolveAffiliateCodeAsync(new string('a', 201)), Is.Zero);

        _affiliateService.VerifyNoOtherCalls();
    }

    [Test]
    public async Task ResolveAffiliateCodeAsync_CodeAtMaxLength_IsLookedUp()
    {
        var code = new string('a', 200);

        await _service.ResolveAffiliateCodeAsync(code);

        _affiliateService.Verify(s => s.GetAffiliateByFriendlyUrlNameAsync(code), Times.Once);
    }

    [TestCase(0)]
    [TestCase(-1)]
    public async Task ResolveAffiliateIdAsync_NotPositive_ReturnsZeroWithoutLookup(int id)
    {
        Assert.That(await _service.ResolveAffiliateIdAsync(id), Is.Zero);

        _affiliateService.VerifyNoOtherCalls();
    }

    [Test]
    public async Task ResolveAffiliateIdAsync_ActiveAffiliate_ReturnsIdAndCachesIt()
    {
        Assert.That(await _service.ResolveAffiliateIdAsync(AliceId), Is.EqualTo(AliceId));
        Assert.That(await _service.ResolveAffiliateIdAsync(AliceId), Is.EqualTo(AliceId));

        _affiliateService.Verify(s => s.GetAffiliateByIdAsync(AliceId), Times.Once);
    }
}
