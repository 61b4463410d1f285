using Moq;
using Nop.Core.Domain.Affiliates;
using Nop.Core.Events;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;
using DbUpdateException = Microsoft.EntityFrameworkCore.DbUpdateException;
using EfQueryable = Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Data;

/// <summary>
/// The test IRepository behaves like nopCommerce's on both engines, so service tests built on it mean something.
/// Async LINQ here is nopCommerce's (System.Linq.AsyncIQueryableExtensions in Nop.Data), as in plugin code.
/// </summary>
[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class EfRepositoryTests : DatabaseFixture
{
    private static readonly DateTime _createdOnUtc = new(2026, 3, 14, 15, 9, 26, DateTimeKind.Utc);

    public EfRepositoryTests(DatabaseEngine engine) : base(engine)
    {
    }

    [SetUp]
    public async Task ClearTablesAsync()
    {
        await Database.ClearAllTablesAsync();
    }

    [Test]
    public async Task InsertAsync_NewEntity_SetsIdAndStoresEveryColumn()
    {
        var link = NewLink("spring-sale", affiliateId: 7);
        link.Id = 12345;

        await Database.CreateRepository<AffiliateLink>().InsertAsync(link);
        var stored = await Database.CreateRepository<AffiliateLink>().GetByIdAsync(link.Id);

        Assert.That(link.Id, Is.Not.EqualTo(12345).And.GreaterThan(0), "the given id is ignored and the generated one written back");
        Assert.That(stored, Is.Not.Null);
        Assert.That(stored.AffiliateId, Is.EqualTo(7));
        Assert.That(stored.Slug, Is.EqualTo("spring-sale"));
        Assert.That(stored.DestinationUrl, Is.EqualTo(link.DestinationUrl));
        Assert.That(stored.Active, Is.True);
        Assert.That(stored.CreatedOnUtc, Is.EqualTo(_createdOnUtc));
    }

    [Test]
    public async Task InsertAsync_ClickWithGuidAndNulls_RoundTripsValues()
    {
        var visitorId = Guid.NewGuid();
        var click = new AffiliateClick
        {
            AffiliateId = 3,
            LinkId = 0,
            VisitorId = visitorId,
            LandingUrl = "https://store.example/",
            ReferrerHost = null,
            CreatedOnUtc = DateTime.UtcNow
        };

        await Database.CreateRepository<AffiliateClick>().InsertAsync(click);
        var stored = await Database.CreateRepository<AffiliateClick>().GetByIdAsync(click.Id);

        Assert.That(stored.VisitorId, Is.EqualTo(visitorId));
        Assert.That(stored.ReferrerHost, Is.Null);
        Assert.That(stored.CreatedOnUtc, Is.EqualTo(click.CreatedOnUtc).Within(TimeSpan.FromMilliseconds(1)));
    }

    [Test]
    public async Task InsertAsync_CommissionDecimalsAndStatus_RoundTripValues()
    {
        var commission = NewCommission(orderId: 1, affiliateId: 1, amount: 12.3456m);
        commission.Status = CommissionStatus.Approved;
        commission.BaseAmount = 1234567.8912m;
        commission.OrderCurrencyRate = 0.1m;

        await Database.CreateRepository<AffiliateCommission>().InsertAsync(commission);
        var stored = await Database.CreateRepository<AffiliateCommission>().GetByIdAsync(commission.Id);

        Assert.That(stored.Amount, Is.EqualTo(12.3456m));
        Assert.That(stored.BaseAmount, Is.EqualTo(1234567.8912m));
        Assert.That(stored.OrderCurrencyRate, Is.EqualTo(0.1m));
        Assert.That(stored.Status, Is.EqualTo(CommissionStatus.Approved), "the enum wrapper reads the stored StatusId");
    }

    [Test]
    public async Task InsertAsync_PublishEventTrue_PublishesInsertedEventOnce()
    {
        var publisher = new Mock<IEventPublisher>();
        var link = NewLink("evented");

        await Database.CreateRepository<AffiliateLink>(publisher.Object).InsertAsync(link);

        publisher.Verify(p => p.PublishAsync(It.Is<EntityInsertedEvent<AffiliateLink>>(e => e.Entity == link && e.Entity.Id > 0)), Times.Once);
    }

    [Test]
    public async Task InsertAsync_PublishEventFalse_PublishesNothing()
    {
        var publisher = new Mock<IEventPublisher>(MockBehavior.Strict);

        await Database.CreateRepository<AffiliateLink>(publisher.Object).InsertAsync(NewLink("quiet"), publishEvent: false);

        publisher.VerifyNoOtherCalls();
    }

    [Test]
    public async Task InsertAsync_List_SetsEveryId()
    {
        var links = new List<AffiliateLink> { NewLink("a"), NewLink("b"), NewLink("c") };

        await Database.CreateRepository<AffiliateLink>().InsertAsync(links);

        Assert.That(links.Select(link => link.Id), Is.All.GreaterThan(0));
        Assert.That(links.Select(link => link.Id), Is.Unique);
        Assert.That(await Database.CreateRepository<AffiliateLink>().Table.CountAsync(), Is.EqualTo(3));
    }

    [Test]
    public async Task InsertAsync_ListWithDuplicateSlug_ThrowsAndInsertsNothing()
    {
        var links = new List<AffiliateLink> { NewLink("same"), NewLink("other"), NewLink("same") };

        Assert.ThrowsAsync<DbUpdateException>(() => Database.CreateRepository<AffiliateLink>().InsertAsync(links));

        Assert.That(await Database.CreateRepository<AffiliateLink>().Table.CountAsync(), Is.Zero);
    }

    [Test]
    public async Task InsertAsync_ListThatFails_LeavesEveryIdAtZero()
    {
        await Database.CreateRepository<AffiliateLink>().InsertAsync(NewLink("taken"));
        var links = new List<AffiliateLink> { NewLink("free"), NewLink("taken") };

        Assert.ThrowsAsync<DbUpdateException>(() => Database.CreateRepository<AffiliateLink>().InsertAsync(links));

        Assert.That(links.Select(link => link.Id), Is.All.Zero);
    }

    [Test]
    public async Task InsertAsync_ListsAndSingleRowsInTurn_KeepHandingOutNewIds()
    {
        var repository = Database.CreateRepository<AffiliateLink>();
        var first = new List<AffiliateLink> { NewLink("a"), NewLink("b") };
        var single = NewLink("c");
        var second = new List<AffiliateLink> { NewLink("d"), NewLink("e") };

        await repository.InsertAsync(first);
        await repository.InsertAsync(single);
        await repository.InsertAsync(second);

        var ids = new[] { first[0].Id, first[1].Id, single.Id, second[0].Id, second[1].Id };
        Assert.That(ids, Is.Ordered.Ascending.And.Unique);
        Assert.That(await repository.Table.OrderBy(link => link.Id).Select(link => link.Id).ToListAsync(), Is.EqualTo(ids));
    }

    [Test]
    public async Task InsertAsync_ListOfClicks_RoundTripsEveryColumn()
    {
        var clicks = Enumerable.Range(1, 3).Select(i => new AffiliateClick
        {
            AffiliateId = i,
            LinkId = 10 + i,
            VisitorId = Guid.NewGuid(),
            LandingUrl = $"/landing/{i}",
            ReferrerHost = i == 2 ? null : "social.example",
            UtmSource = "newsletter",
            UtmMedium = i == 3 ? null : "email",
            UtmCampaign = "summer",
            IpHash = new string('b', 64),
            UserAgentKind = UserAgentKind.Tablet,
            CreatedOnUtc = _createdOnUtc.AddMinutes(i)
        }).ToList();

        await Database.CreateRepository<AffiliateClick>().InsertAsync(clicks);

        var stored = await Database.CreateRepository<AffiliateClick>().Table.OrderBy(click => click.Id).ToListAsync();
        Assert.That(stored.Select(click => (click.Id, click.AffiliateId, click.LinkId, click.VisitorId, click.LandingUrl, click.ReferrerHost,
                click.UtmSource, click.UtmMedium, click.UtmCampaign, click.IpHash, click.UserAgentKind, click.CreatedOnUtc)),
            Is.EqualTo(clicks.Select(click => (click.Id, click.AffiliateId, click.LinkId, click.VisitorId, click.LandingUrl, click.ReferrerHost,
                click.UtmSource, click.UtmMedium, click.UtmCampaign, click.IpHash, click.UserAgentKind, click.CreatedOnUtc))));
    }

    [Test]
    public async Task InsertAsync_SecondCommissionForSameOrder_ThrowsDbUpdateException()
    {
        var repository = Database.CreateRepository<AffiliateCommission>();
        await repository.InsertAsync(NewCommission(orderId: 42, affiliateId: 1, amount: 5m));

        Assert.ThrowsAsync<DbUpdateException>(() => repository.InsertAsync(NewCommission(orderId: 42, affiliateId: 2, amount: 6m)));

        // The failed insert must not linger in the scope and poison the next write.
        await repository.InsertAsync(NewCommission(orderId: 43, affiliateId: 2, amount: 6m));
        var orderIds = await repository.Table.OrderBy(c => c.OrderId).Select(c => c.OrderId).ToListAsync();
        Assert.That(orderIds, Is.EqualTo(new[] { 42, 43 }));
    }

    [Test]
    public async Task InsertAsync_ConcurrentCommissionsForSameOrderInSeparateScopes_ExactlyOneSucceeds()
    {
        var attempts = Enumerable.Range(1, 4)
            .Select(affiliateId => Task.Run(async () =>
            {
                try
                {
                    await Database.CreateRepository<AffiliateCommission>().InsertAsync(NewCommission(orderId: 77, affiliateId, amount: affiliateId));
                    return true;
                }
                catch (DbUpdateException)
                {
                    return false;
                }
            }))
            .ToList();

        var results = await Task.WhenAll(attempts);

        Assert.That(results.Count(succeeded => succeeded), Is.EqualTo(1));
        Assert.That(await Database.CreateRepository<AffiliateCommission>().Table.CountAsync(c => c.OrderId == 77), Is.EqualTo(1));
    }

    [Test]
    public async Task UpdateAsync_SameDetachedEntityTwice_StoresLastValues()
    {
        var repository = Database.CreateRepository<AffiliateLink>();
        var link = NewLink("before");
        await repository.InsertAsync(link);

        link.Slug = "middle";
        await repository.UpdateAsync(link);
        link.Slug = "after";
        link.Active = false;
        await repository.UpdateAsync(link);

        var stored = await Database.CreateRepository<AffiliateLink>().GetByIdAsync(link.Id);
        Assert.That(stored.Slug, Is.EqualTo("after"));
        Assert.That(stored.Active, Is.False);
    }

    [Test]
    public async Task UpdateAsync_EntityReadFromTable_StoresChangesAndPublishesUpdatedEvent()
    {
        await Database.CreateRepository<AffiliateLink>().InsertAsync(NewLink("read-me"));
        var publisher = new Mock<IEventPublisher>();
        var repository = Database.CreateRepository<AffiliateLink>(publisher.Object);

        var link = await repository.Table.FirstOrDefaultAsync(l => l.Slug == "read-me");
        link.DestinationUrl = "https://store.example/changed";
        await repository.UpdateAsync(link);

        Assert.That((await repository.GetByIdAsync(link.Id)).DestinationUrl, Is.EqualTo("https://store.example/changed"));
        publisher.Verify(p => p.PublishAsync(It.Is<EntityUpdatedEvent<AffiliateLink>>(e => e.Entity == link)), Times.Once);
    }

    [Test]
    public async Task UpdateAsync_RowDeletedMeanwhile_DoesNothing()
    {
        var link = NewLink("gone");
        await Database.CreateRepository<AffiliateLink>().InsertAsync(link);
        await Database.CreateRepository<AffiliateLink>().DeleteAsync(link);

        link.Slug = "ghost";
        await Database.CreateRepository<AffiliateLink>().UpdateAsync(link);

        Assert.That(await Database.CreateRepository<AffiliateLink>().Table.CountAsync(), Is.Zero);
    }

    [Test]
    public async Task UpdateAsync_List_StoresEveryEntity()
    {
        var repository = Database.CreateRepository<AffiliateLink>();
        var links = new List<AffiliateLink> { NewLink("x1"), NewLink("x2") };
        await repository.InsertAsync(links);

        links.ForEach(link => link.Active = false);
        await repository.UpdateAsync(links);

        Assert.That(await repository.Table.CountAsync(link => link.Active), Is.Zero);
    }

    [Test]
    public async Task DeleteAsync_PluginEntity_RemovesRowAndPublishesDeletedEvent()
    {
        var publisher = new Mock<IEventPublisher>();
        var repository = Database.CreateRepository<AffiliateLink>(publisher.Object);
        var link = NewLink("delete-me");
        await repository.InsertAsync(link, publishEvent: false);

        await repository.DeleteAsync(link);

        Assert.That(await repository.GetByIdAsync(link.Id), Is.Null);
        publisher.Verify(p => p.PublishAsync(It.Is<EntityDeletedEvent<AffiliateLink>>(e => e.Entity == link)), Times.Once);
    }

    [Test]
    public async Task DeleteAsync_SoftDeletedEntity_MarksDeletedAndKeepsRow()
    {
        var repository = Database.CreateRepository<Affiliate>();
        var affiliate = NewAffiliate("soft");
        await repository.InsertAsync(affiliate);

        await repository.DeleteAsync(affiliate);

        var fresh = Database.CreateRepository<Affiliate>();
        Assert.That(affiliate.Deleted, Is.True);
        Assert.That(await fresh.GetByIdAsync(affiliate.Id, includeDeleted: false), Is.Null);
        Assert.That((await fresh.GetByIdAsync(affiliate.Id))?.Deleted, Is.True);
        Assert.That(await fresh.Table.CountAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task DeleteAsync_ListOfSoftDeletedEntities_MarksEachDeleted()
    {
        var repository = Database.CreateRepository<Affiliate>();
        var affiliates = new List<Affiliate> { NewAffiliate("one"), NewAffiliate("two"), NewAffiliate("three") };
        await repository.InsertAsync(affiliates);

        await repository.DeleteAsync(affiliates.Take(2).ToList());

        var remaining = await Database.CreateRepository<Affiliate>().GetAllAsync(query => query, includeDeleted: false);
        Assert.That(remaining.Select(a => a.FriendlyUrlName), Is.EqualTo(new[] { "three" }));
        Assert.That(await Database.CreateRepository<Affiliate>().Table.CountAsync(), Is.EqualTo(3));
    }

    [Test]
    public async Task DeleteAsync_ListOfPluginEntities_RemovesOnlyThose()
    {
        var repository = Database.CreateRepository<AffiliateLink>();
        var links = new List<AffiliateLink> { NewLink("d1"), NewLink("d2"), NewLink("keep") };
        await repository.InsertAsync(links);

        await repository.DeleteAsync(links.Take(2).ToList());

        Assert.That(await repository.Table.Select(link => link.Slug).ToListAsync(), Is.EqualTo(new[] { "keep" }));
    }

    [Test]
    public async Task DeleteAsync_Predicate_HardDeletesMatchesAndReturnsCount()
    {
        var affiliates = Database.CreateRepository<Affiliate>();
        await affiliates.InsertAsync(new List<Affiliate> { NewAffiliate("p1", active: false), NewAffiliate("p2", active: false), NewAffiliate("p3") });
        var publisher = new Mock<IEventPublisher>(MockBehavior.Strict);

        var deleted = await Database.CreateRepository<Affiliate>(publisher.Object).DeleteAsync(affiliate => !affiliate.Active);

        Assert.That(deleted, Is.EqualTo(2));
        Assert.That(await Database.CreateRepository<Affiliate>().Table.CountAsync(), Is.EqualTo(1), "predicate delete is hard even for soft-deleted entities");
        publisher.VerifyNoOtherCalls();
    }

    [Test]
    public async Task GetByIdAsync_NullOrZero_ReturnsNull()
    {
        var repository = Database.CreateRepository<AffiliateLink>();

        Assert.That(await repository.GetByIdAsync(null), Is.Null);
        Assert.That(await repository.GetByIdAsync(0), Is.Null);
        Assert.That(await repository.GetByIdAsync(int.MaxValue), Is.Null);
    }

    [Test]
    public async Task GetByIdsAsync_IdsInAnyOrder_ReturnsRequestedOrderWithoutMissingOrDeleted()
    {
        var repository = Database.CreateRepository<Affiliate>();
        var affiliates = new List<Affiliate> { NewAffiliate("first"), NewAffiliate("second"), NewAffiliate("third") };
        await repository.InsertAsync(affiliates);
        await repository.DeleteAsync(affiliates[1]);
        var ids = new List<int> { affiliates[2].Id, 999999, affiliates[1].Id, affiliates[0].Id };

        var all = await Database.CreateRepository<Affiliate>().GetByIdsAsync(ids);
        var notDeleted = await Database.CreateRepository<Affiliate>().GetByIdsAsync(ids, includeDeleted: false);

        Assert.That(all.Select(a => a.FriendlyUrlName), Is.EqualTo(new[] { "third", "second", "first" }));
        Assert.That(notDeleted.Select(a => a.FriendlyUrlName), Is.EqualTo(new[] { "third", "first" }));
        Assert.That(await repository.GetByIdsAsync(new List<int>()), Is.Empty);
    }

    [Test]
    public async Task GetAllAsync_FuncAndIncludeDeletedFalse_FiltersInSql()
    {
        var repository = Database.CreateRepository<Affiliate>();
        await repository.InsertAsync(new List<Affiliate> { NewAffiliate("b"), NewAffiliate("a"), NewAffiliate("c") });
        var deleted = await repository.Table.FirstOrDefaultAsync(a => a.FriendlyUrlName == "c");
        await repository.DeleteAsync(deleted);

        var sync = repository.GetAll(query => query.OrderBy(a => a.FriendlyUrlName), includeDeleted: false);
        var async = await repository.GetAllAsync(query => Task.FromResult<IQueryable<Affiliate>>(query.OrderByDescending(a => a.FriendlyUrlName)), includeDeleted: false);
        var everything = await repository.GetAllAsync(query => query.OrderBy(a => a.FriendlyUrlName));

        Assert.That(sync.Select(a => a.FriendlyUrlName), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(async.Select(a => a.FriendlyUrlName), Is.EqualTo(new[] { "b", "a" }));
        Assert.That(everything.Select(a => a.FriendlyUrlName), Is.EqualTo(new[] { "a", "b", "c" }));
    }

    [Test]
    public async Task GetAllPagedAsync_SecondPage_ReturnsPageAndTotals()
    {
        var repository = Database.CreateRepository<AffiliateLink>();
        await repository.InsertAsync(Enumerable.Range(1, 7).Select(i => NewLink($"slug-{i}")).ToList());

        var page = await repository.GetAllPagedAsync(query => query.OrderBy(link => link.Slug), pageIndex: 1, pageSize: 3);
        var countOnly = await repository.GetAllPagedAsync(query => query, pageIndex: 0, pageSize: 3, getOnlyTotalCount: true);

        Assert.That(page.Select(link => link.Slug), Is.EqualTo(new[] { "slug-4", "slug-5", "slug-6" }));
        Assert.That(page.TotalCount, Is.EqualTo(7));
        Assert.That(page.TotalPages, Is.EqualTo(3));
        Assert.That(page.HasPreviousPage && page.HasNextPage, Is.True);
        Assert.That(countOnly, Is.Empty);
        Assert.That(countOnly.TotalCount, Is.EqualTo(7));
    }

    [Test]
    public async Task Table_AsyncLinqWithWhereOrderByAndPaging_RunsAsSqlAndReturnsRightPage()
    {
        var repository = Database.CreateRepository<AffiliateLink>();
        await repository.InsertAsync(Enumerable.Range(1, 6).Select(i => NewLink($"mine-{i}", affiliateId: 1))
            .Concat(Enumerable.Range(1, 3).Select(i => NewLink($"other-{i}", affiliateId: 2)))
            .ToList());

        var query = repository.Table.Where(link => link.AffiliateId == 1).OrderByDescending(link => link.Slug);
        var page = await query.Skip(2).Take(2).ToListAsync();
        var first = await query.FirstOrDefaultAsync(link => link.Slug != "mine-6");
        var count = await repository.Table.CountAsync(link => link.AffiliateId == 2);
        var paged = await query.ToPagedListAsync(pageIndex: 2, pageSize: 2);

        Assert.That(page.Select(link => link.Slug), Is.EqualTo(new[] { "mine-4", "mine-3" }));
        Assert.That(first.Slug, Is.EqualTo("mine-5"));
        Assert.That(count, Is.EqualTo(3));
        Assert.That(paged.Select(link => link.Slug), Is.EqualTo(new[] { "mine-2", "mine-1" }));
        Assert.That(paged.TotalCount, Is.EqualTo(6));

        var sql = EfQueryable.ToQueryString(query.Skip(2).Take(2));
        Assert.That(sql, Does.Contain("WHERE").And.Contain("ORDER BY").And.Contain("LIMIT"));
    }

    [Test]
    public async Task Table_DateTimeComparisonWithUtcNow_TranslatesOnBothEngines()
    {
        var repository = Database.CreateRepository<AffiliateClick>();
        var now = DateTime.UtcNow;
        await repository.InsertAsync(new List<AffiliateClick>
        {
            NewClick(now.AddDays(-31)),
            NewClick(now.AddDays(-29)),
            NewClick(now.AddDays(-1))
        });

        var since = now.AddDays(-30);
        var recent = await repository.Table.CountAsync(click => click.CreatedOnUtc >= since);

        Assert.That(recent, Is.EqualTo(2));
    }

    [Test]
    public async Task Table_DecimalOrderingComparisonAndSum_TranslateOnBothEngines()
    {
        var repository = Database.CreateRepository<AffiliateCommission>();
        await repository.InsertAsync(new List<AffiliateCommission>
        {
            NewCommission(orderId: 1, affiliateId: 5, amount: 10.5m),
            NewCommission(orderId: 2, affiliateId: 5, amount: 2.25m),
            NewCommission(orderId: 3, affiliateId: 5, amount: 100.0001m)
        });

        var ordered = await repository.Table.OrderByDescending(c => c.Amount).Select(c => c.OrderId).ToListAsync();
        var above = await repository.Table.CountAsync(c => c.Amount > 9.99m);
        var sum = await repository.Table.Where(c => c.AffiliateId == 5).SumAsync(c => c.Amount);

        Assert.That(ordered, Is.EqualTo(new[] { 3, 1, 2 }));
        Assert.That(above, Is.EqualTo(2));
        Assert.That(sum, Is.EqualTo(112.7501m));
    }

    [Test]
    public async Task LoadOriginalCopyAsync_ChangedInstance_ReturnsStoredValues()
    {
        var repository = Database.CreateRepository<AffiliateLink>();
        var link = NewLink("original");
        await repository.InsertAsync(link);

        link.Slug = "changed-in-memory";
        var original = await repository.LoadOriginalCopyAsync(link);

        Assert.That(original.Slug, Is.EqualTo("original"));
        Assert.That(original, Is.Not.SameAs(link));
    }

    [Test]
    public async Task TruncateAsync_ResetIdentity_EmptiesTableAndRestartsIds()
    {
        var repository = Database.CreateRepository<AffiliateLink>();
        await repository.InsertAsync(new List<AffiliateLink> { NewLink("t1"), NewLink("t2") });

        await repository.TruncateAsync(resetIdentity: true);
        var link = NewLink("t3");
        await repository.InsertAsync(link);

        Assert.That(await repository.Table.CountAsync(), Is.EqualTo(1));
        Assert.That(link.Id, Is.EqualTo(1));
    }

    [Test]
    public void SyncMembers_InsertUpdateGetDelete_WorkLikeAsyncOnes()
    {
        var publisher = new Mock<IEventPublisher>();
        var repository = Database.CreateRepository<AffiliateLink>(publisher.Object);
        var link = NewLink("sync");

        repository.Insert(link);
        link.Slug = "sync-updated";
        repository.Update(link);
        var stored = repository.GetById(link.Id);
        repository.Insert(new List<AffiliateLink> { NewLink("sync-2") });
        var removed = repository.Delete(l => l.Slug == "sync-2");
        repository.Delete(link);

        Assert.That(stored.Slug, Is.EqualTo("sync-updated"));
        Assert.That(removed, Is.EqualTo(1));
        Assert.That(repository.GetAll(), Is.Empty);
        publisher.Verify(p => p.Publish(It.IsAny<EntityInsertedEvent<AffiliateLink>>()), Times.Exactly(2));
        publisher.Verify(p => p.Publish(It.IsAny<EntityUpdatedEvent<AffiliateLink>>()), Times.Once);
        publisher.Verify(p => p.Publish(It.IsAny<EntityDeletedEvent<AffiliateLink>>()), Times.Once);
    }

    private static AffiliateLink NewLink(string slug, int affiliateId = 1)
    {
        return new AffiliateLink
        {
            AffiliateId = affiliateId,
            Slug = slug,
            DestinationUrl = $"https://store.example/{slug}",
            Active = true,
            CreatedOnUtc = _createdOnUtc
        };
    }

    private static AffiliateClick NewClick(DateTime createdOnUtc)
    {
        return new AffiliateClick
        {
            AffiliateId = 1,
            VisitorId = Guid.NewGuid(),
            LandingUrl = "https://store.example/",
            CreatedOnUtc = createdOnUtc
        };
    }

    private static AffiliateCommission NewCommission(int orderId, int affiliateId, decimal amount)
    {
        return new AffiliateCommission
        {
            OrderId = orderId,
            AffiliateId = affiliateId,
            Source = AttributionSource.Link,
            Status = CommissionStatus.Pending,
            BaseAmount = amount * 10,
            Amount = amount,
            OrderCurrencyCode = "USD",
            OrderCurrencyRate = 1m,
            CreatedOnUtc = _createdOnUtc,
            UpdatedOnUtc = _createdOnUtc
        };
    }

    private static Affiliate NewAffiliate(string friendlyUrlName, bool active = true)
    {
        return new Affiliate { FriendlyUrlName = friendlyUrlName, Active = active, AddressId = 1 };
    }
}
