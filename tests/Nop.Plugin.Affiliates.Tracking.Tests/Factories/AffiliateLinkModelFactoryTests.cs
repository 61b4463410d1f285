using Moq;
using Nop.Core;
using Nop.Core.Domain.Affiliates;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Factories;
using Nop.Plugin.Affiliates.Tracking.Models.Admin;
using Nop.Plugin.Affiliates.Tracking.Services.Links;
using Nop.Services.Affiliates;
using Nop.Services.Localization;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Factories;

[TestFixture]
public class AffiliateLinkModelFactoryTests
{
    private static readonly Affiliate Alice = new() { Id = 1, FriendlyUrlName = "alice", Active = true };
    private static readonly Affiliate Bob = new() { Id = 2, FriendlyUrlName = "bob", Active = true };

    private Mock<IAffiliateLinkService> _linkService;
    private Mock<IAffiliateService> _affiliateService;
    private AffiliateLinkModelFactory _factory;

    [SetUp]
    public void SetUp()
    {
        _linkService = new Mock<IAffiliateLinkService>();
        _affiliateService = new Mock<IAffiliateService>();
        _affiliateService.Setup(s => s.GetAffiliateByIdAsync(1)).ReturnsAsync(Alice);
        _affiliateService.Setup(s => s.GetAffiliateByIdAsync(2)).ReturnsAsync(Bob);
        _affiliateService.Setup(s => s.GetAffiliateFullNameAsync(Alice)).ReturnsAsync("Alice Anders");
        _affiliateService.Setup(s => s.GetAffiliateFullNameAsync(Bob)).ReturnsAsync(" ");
        _affiliateService.Setup(s => s.GetAllAffiliatesAsync(null, null, null, false, null, null, 0, int.MaxValue, true))
            .ReturnsAsync(new PagedList<Affiliate>(new List<Affiliate> { Alice, Bob }, 0, int.MaxValue));
        var localization = new Mock<ILocalizationService>();
        localization.Setup(s => s.GetResourceAsync("Admin.Common.All")).ReturnsAsync("All");
        var storeContext = new Mock<IStoreContext>();
        storeContext.Setup(s => s.GetCurrentStoreAsync()).ReturnsAsync(new Store { Id = 1, Url = "https://shop.example/" });

        _factory = new AffiliateLinkModelFactory(new AffiliateTrackingSettings { ShortLinkPrefix = "go" }, _linkService.Object,
            _affiliateService.Object, localization.Object, storeContext.Object);
    }

    [Test]
    public async Task PrepareAffiliateLinkSearchModelAsync_Always_ListsAllThenEveryAffiliate()
    {
        var model = await _factory.PrepareAffiliateLinkSearchModelAsync(new AffiliateLinkSearchModel { SearchAffiliateId = 2 });

        Assert.That(model.AvailableAffiliates.Select(i => (i.Text, i.Value, i.Selected)), Is.EqualTo(new[]
        {
            ("All", "0", false), ("Alice Anders (alice)", "1", false), ("bob (bob)", "2", true)
        }));
        Assert.That(model.PageSize, Is.EqualTo(15));
    }

    [Test]
    public async Task PrepareAffiliateLinkListModelAsync_Filters_ArePassedToTheServiceAndRowsMapped()
    {
        var created = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        _linkService.Setup(s => s.GetLinksAsync(1, null, 2, 10, "Sum"))
            .ReturnsAsync(new PagedList<AffiliateLink>(new List<AffiliateLink>
            {
                new() { Id = 9, AffiliateId = 1, Slug = "summer", DestinationUrl = "/sale", Active = false, CreatedOnUtc = created }
            }, 2, 10, 21));

        var list = await _factory.PrepareAffiliateLinkListModelAsync(new AffiliateLinkSearchModel
        {
            SearchAffiliateId = 1, SearchSlug = "Sum", Start = 20, Length = 10, Draw = "4"
        });

        var row = list.Data.Single();
        Assert.Multiple(() =>
        {
            Assert.That(list.Draw, Is.EqualTo("4"));
            Assert.That(list.RecordsTotal, Is.EqualTo(21));
            Assert.That(list.RecordsFiltered, Is.EqualTo(21));
            Assert.That(row.Id, Is.EqualTo(9));
            Assert.That(row.AffiliateName, Is.EqualTo("Alice Anders (alice)"));
            Assert.That(row.ShortUrl, Is.EqualTo("https://shop.example/go/summer"));
            Assert.That(row.DestinationUrl, Is.EqualTo("/sale"));
            Assert.That(row.Active, Is.False);
            Assert.That(row.CreatedOnUtc, Is.EqualTo(created));
        });
    }

    [TestCase(0, -5, 0)]
    [TestCase(100000, 0, 0)]
    public async Task PrepareAffiliateLinkListModelAsync_AbsurdPaging_IsClamped(int length, int start, int expectedPageIndex)
    {
        _linkService.Setup(s => s.GetLinksAsync(It.IsAny<int>(), null, It.IsAny<int>(), It.IsAny<int>(), It.IsAny<string>()))
            .ReturnsAsync(new PagedList<AffiliateLink>(new List<AffiliateLink>(), 0, 1, 0));

        await _factory.PrepareAffiliateLinkListModelAsync(new AffiliateLinkSearchModel { Length = Math.Max(length, 1), Start = start, SearchAffiliateId = -3 });

        _linkService.Verify(s => s.GetLinksAsync(0, null, expectedPageIndex, It.IsInRange(1, 500, Moq.Range.Inclusive), null), Times.Once);
    }

    [Test]
    public async Task PrepareAffiliateLinkModelAsync_UnknownAffiliateOnLink_ShowsItsId()
    {
        var model = await _factory.PrepareAffiliateLinkModelAsync(null, new AffiliateLink { Id = 3, AffiliateId = 77, Slug = "x-y-z", DestinationUrl = "/" });

        Assert.That(model.AffiliateName, Is.EqualTo("#77"));
        Assert.That(model.AvailableAffiliates, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task PrepareAffiliateLinkModelAsync_PostedModel_KeepsItsValues()
    {
        var posted = new AffiliateLinkModel { AffiliateId = 2, Slug = "typed", DestinationUrl = "//evil" };

        var model = await _factory.PrepareAffiliateLinkModelAsync(posted, null);

        Assert.That(model.Slug, Is.EqualTo("typed"));
        Assert.That(model.DestinationUrl, Is.EqualTo("//evil"));
        Assert.That(model.AvailableAffiliates.Single(i => i.Selected).Value, Is.EqualTo("2"));
    }
}
